/**
 * Elements of an HTML page as an HTML tokenizer reads it (htmlparser2): the build's step that takes
 * the framework's script out of a page (scripts/drop-runtime.mjs), the export's check of every
 * address a page refers to and the bench's count of a page's scripts all read pages through it.
 * It is a tokenizer, not a tree builder: it knows which elements hold raw text (script, style,
 * textarea, title), decodes attribute values and says where each element starts and ends, so a
 * page can be edited by cutting those ranges out of its text and every other byte stays as Next
 * wrote it.
 */
import { Parser } from 'htmlparser2';

/**
 * @typedef {object} HtmlElement
 * @property {string} name the tag name, lower case
 * @property {Record<string, string>} attributes names in lower case, values decoded
 * @property {string} text a script's or style sheet's code; empty for every other element
 * @property {number} start where its start tag begins in the page
 * @property {number} end just after its end tag (after the start tag for a void element; for one
 *   another tag closes, such as a <p>, after that tag)
 */

/**
 * Every element of `html` whose name `wanted` accepts, in document order.
 * @param {string} html
 * @param {(name: string) => boolean} [wanted] every element when left out
 * @returns {HtmlElement[]}
 */
export function htmlElements(html, wanted = () => true) {
  /** @type {HtmlElement[]} */
  const found = [];
  /** @type {HtmlElement[]} */
  const open = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!wanted(name)) return;
      const element = { name, attributes, text: '', start: parser.startIndex, end: parser.endIndex + 1 };
      found.push(element);
      open.push(element);
    },
    ontext(text) {
      // A script or style element holds nothing but text, so text inside one is its own.
      const element = open.at(-1);
      if (element?.name === 'script' || element?.name === 'style') element.text += text;
    },
    onclosetag(name, implied) {
      if (open.at(-1)?.name !== name) return;
      const element = /** @type {HtmlElement} */ (open.pop());
      // An element the page never closes runs to the end of the page; a void one ends with its tag.
      element.end = implied && parser.endIndex < element.end ? element.end : Math.min(parser.endIndex + 1, html.length);
    },
  });
  parser.end(html);
  return found;
}
