import type { ComponentPropsWithoutRef } from 'react';
import { Callout, type CalloutProps } from '@/components/post/callout';
import { CodeBlock } from '@/components/post/code-block';
import { Diagram } from '@/components/post/diagram';
import { Figure, type FigureProps } from '@/components/post/figure';
import { PostLink } from '@/components/post/link';
import { Blockquote, Quote } from '@/components/post/quote';
import { References } from '@/components/post/references';
import { Video, type VideoProps } from '@/components/post/video';
import { baseLanguage, htmlLang, type Locale } from '../i18n/config';
import type { Dictionary } from '../i18n/dictionaries';

/**
 * The one component map for MDX. Components stay presentational; what they
 * need from the page (language, labels) is bound here. A feed gets no client
 * islands (no copy button): feed readers run no script, and the feed is
 * rendered to a string, where client components cannot run.
 */
export function mdxComponents(locale: Locale, dict: Dictionary, { feed = false }: { feed?: boolean } = {}) {
  const pageLang = htmlLang[locale];
  const languageNames = new Intl.DisplayNames([pageLang], { type: 'language' });
  const languageMark = (hrefLang: string) => {
    const base = baseLanguage(hrefLang);
    const name = languageNames.of(base);
    return name && name !== base ? dict.references.inLanguage(name) : hrefLang;
  };
  return {
    Callout: (props: CalloutProps) => <Callout {...props} labels={dict.callout} />,
    Figure: (props: FigureProps) => <Figure {...props} labels={dict.figure} />,
    Diagram,
    Video: (props: VideoProps) => <Video {...props} labels={dict.figure} />,
    Quote,
    References,
    blockquote: Blockquote,
    // rehype-pretty-code wraps every code block in a figure marked with this attribute.
    figure: (props: ComponentPropsWithoutRef<'figure'> & { 'data-rehype-pretty-code-figure'?: string }) =>
      feed || props['data-rehype-pretty-code-figure'] === undefined ? (
        <figure {...props} />
      ) : (
        <CodeBlock {...props} labels={dict.code} />
      ),
    a: (props: ComponentPropsWithoutRef<'a'>) => <PostLink {...props} pageLang={pageLang} labels={{ languageMark }} />,
    table: (props: ComponentPropsWithoutRef<'table'>) => (
      <div className="table-scroll">
        <table {...props} />
      </div>
    ),
  };
}
