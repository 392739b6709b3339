import type { ComponentPropsWithoutRef } from 'react';
import type { Island } from '@/components/island-script';
import { Callout, type CalloutProps } from '@/components/post/callout';
import { CodeBlock } from '@/components/post/code-block';
import { Diagram } from '@/components/post/diagram';
import { Figure, type FigureProps } from '@/components/post/figure';
import { PostLink } from '@/components/post/link';
import { Blockquote, Quote } from '@/components/post/quote';
import { References } from '@/components/post/references';
import { Video, type VideoProps } from '@/components/post/video';
import { CODE_HTML_PROP } from './plugins/code-html';
import { baseLanguage, htmlLang, type Locale } from '../i18n/config';
import type { Dictionary } from '../i18n/dictionaries';

/**
 * The one component map for MDX. Components stay presentational; what they
 * need from the page (language, labels) is bound here. A feed gets no client
 * islands (no copy button): feed readers run no script, and the feed is
 * rendered to a string, where client components cannot run. Given `islands`, the components
 * add the island scripts they need to it instead of rendering them, for a body rendered to a
 * string whose page renders them (React hoists them into <head> only from the page).
 */
export function mdxComponents(
  locale: Locale,
  dict: Dictionary,
  { feed = false, islands }: { feed?: boolean; islands?: Set<Island> } = {},
) {
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
    figure: (props: ComponentPropsWithoutRef<'figure'> & { 'data-rehype-pretty-code-figure'?: string }) => {
      if (feed || props['data-rehype-pretty-code-figure'] === undefined) return <figure {...props} />;
      islands?.add('copy-button');
      return <CodeBlock {...props} labels={dict.code} script={!islands} />;
    },
    // A highlighted block's lines arrive as one string of HTML (lib/mdx/plugins/code-html.ts).
    pre: ({
      [CODE_HTML_PROP]: html,
      children,
      ...props
    }: ComponentPropsWithoutRef<'pre'> & { [CODE_HTML_PROP]?: string }) =>
      html === undefined ? (
        <pre {...props}>{children}</pre>
      ) : (
        <pre {...props} dangerouslySetInnerHTML={{ __html: html }} />
      ),
    a: (props: ComponentPropsWithoutRef<'a'>) => <PostLink {...props} pageLang={pageLang} labels={{ languageMark }} />,
    table: (props: ComponentPropsWithoutRef<'table'>) => (
      <div className="table-scroll">
        <table {...props} />
      </div>
    ),
  };
}
