import type { Link, List, Root } from 'mdast';
import type { VFile } from 'vfile';
import { isJsxElement, problems, walk } from './tree';

/** A trailing language tag after a reference link: `- [Title](url) (en)`. */
const LANGUAGE_MARK = /\s*\(([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)\s*$/;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "(en)" and "(pt-BR)" are languages; "(pdf)" or "(faq)" are just words. */
function isLanguageTag(tag: string): boolean {
  try {
    return languageNames.of(tag) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Inside <References>, reads the optional `(en)` / `(pt-BR)` after each link
 * as the language of the linked page, removes it from the text and puts it on
 * the link as hreflang; the link component turns it into a visible mark when
 * it differs from the page's language. Each link goes into `collect` when
 * given (the post's JSON-LD cites them).
 */
export interface ReferenceLink {
  url: string;
  title: string;
  hrefLang?: string;
}

/** The text of a link, without its markup. */
function linkText(node: { value?: string; children?: unknown[] }): string {
  return node.value ?? (node.children ?? []).map((child) => linkText(child as typeof node)).join('');
}

export function remarkReferences({ collect }: { collect?: ReferenceLink[] } = {}) {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    walk(tree, (node) => {
      if (!isJsxElement(node, 'References')) return;
      const lists = node.children.filter((child): child is List => child.type === 'list');
      if (lists.length === 0) {
        found.report('<References> expects a Markdown list of links inside it, with blank lines around the list', node);
      }
      for (const list of lists) {
        for (const item of list.children) {
          const paragraph = item.children[0];
          const link =
            paragraph?.type === 'paragraph' ? paragraph.children.find((c): c is Link => c.type === 'link') : undefined;
          if (!paragraph || paragraph.type !== 'paragraph' || !link) {
            found.report('<References>: each list item needs a link, e.g. - [Title](https://…)', item);
            continue;
          }
          const last = paragraph.children.at(-1);
          const match = last?.type === 'text' ? LANGUAGE_MARK.exec(last.value) : null;
          const hrefLang = match && isLanguageTag(match[1]!) ? match[1] : undefined;
          collect?.push({ url: link.url, title: linkText(link).trim(), ...(hrefLang ? { hrefLang } : {}) });
          if (last?.type !== 'text' || !match || !hrefLang) continue;
          last.value = last.value.slice(0, match.index);
          if (!last.value) paragraph.children.pop();
          link.data = { ...link.data, hProperties: { ...link.data?.hProperties, hrefLang: match[1] } };
        }
      }
    });
  };
}
