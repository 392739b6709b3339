import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { htmlLang, isLocale } from '../../i18n/config';
import en from '../../i18n/dictionaries/en';
import pt from '../../i18n/dictionaries/pt';

const LABEL_ID = 'footnote-label';

/**
 * remark-rehype's options for GFM footnotes, in the post's language. Ids start
 * with the post and its language, so posts joined on one page (a feed, a list
 * with full text) never share one.
 */
export function footnoteOptions(post: { id: string; locale?: string }) {
  const dict = post.locale === 'en' ? en : pt;
  const lang = isLocale(post.locale) ? htmlLang[post.locale] : htmlLang.pt;
  return {
    clobberPrefix: `${post.id}-${lang}-`,
    footnoteLabel: dict.footnotes.title,
    footnoteLabelProperties: { className: ['footnotes-title'] },
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      dict.footnotes.back(`${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`),
  };
}

/**
 * remark-rehype gives the notes' heading the fixed id "footnote-label" (the
 * references point at it with aria-describedby); this gives it the post's
 * prefix like the notes themselves.
 */
export function rehypeFootnoteIds({ prefix }: { prefix: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === LABEL_ID) node.properties.id = prefix + LABEL_ID;
      const describedBy = node.properties.ariaDescribedBy;
      if (Array.isArray(describedBy) && describedBy.includes(LABEL_ID)) {
        node.properties.ariaDescribedBy = describedBy.map((id) => (id === LABEL_ID ? prefix + LABEL_ID : id));
      }
    });
  };
}
