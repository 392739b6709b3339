import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { reference, scopeDeclarations, scopeStylesheet, scopeValue, type CssResult } from '../../svg/css';
import { refusal, rootSvg } from '../../svg/refuse';
import { ADDRESS_ATTRIBUTES, URL_ATTRIBUTES, svgSchema } from '../../svg/schema';

/**
 * Prepares a post's own SVG diagram to be inlined into the page at build time.
 *
 * Why inline: the figures switch colours with `@media (prefers-color-scheme: dark)`
 * inside their <style>. As an <img>, an SVG is a separate document that sees the
 * system's preference only, never the page's chosen theme (`<html data-theme>`),
 * and a <picture> can only choose by media query too. Inlined, the same rules can
 * also key off the chosen theme, the drawing stays one file an author edits, and
 * the reader's browser needs no script for it.
 *
 * The file is parsed as the page's HTML parser will read it, hostile content is
 * refused (lib/svg/refuse.ts), the rest is cut down to an allowlist
 * (lib/svg/schema.ts), and ids, references and the stylesheet are scoped to the
 * figure (lib/svg/css.ts), so two figures on a page cannot collide.
 */

export interface InlineSvgResult {
  svg?: string;
  problem?: string;
}

/** `<` and `&` in an SVG <style> are markup to the HTML parser, which hast-util-to-html leaves as they are. */
function styleText(css: string): string {
  return css.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Scopes ids and their references and the CSS inside `svg`, in place; the first problem found. */
function scopeIds(svg: Element, scope: string): string | undefined {
  const ids = new Set<string>();
  visit(svg, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const rename = (id: string) => (ids.has(id) ? `${scope}-${id}` : undefined);

  let problem: string | undefined;
  const apply = (result: CssResult, write: (css: string) => void) => {
    if (result.problem !== undefined) problem ??= result.problem;
    else write(result.css);
  };
  visit(svg, 'element', (node) => {
    const properties = node.properties;
    for (const [key, value] of Object.entries(properties)) {
      if (typeof value !== 'string') continue;
      if (key === 'id') properties.id = rename(value);
      else if (ADDRESS_ATTRIBUTES.has(key)) {
        const renamed = rename(value.trim().slice(1));
        if (renamed) properties[key] = `#${renamed}`;
        else problem ??= reference(value.trim());
      } else if (URL_ATTRIBUTES.has(key)) apply(scopeValue(value, rename), (css) => (properties[key] = css));
      else if (key === 'style') apply(scopeDeclarations(value, rename), (css) => (properties.style = css));
    }
    if (node.tagName === 'style') {
      apply(scopeStylesheet(text(node), scope, rename), (css) => {
        node.children = [{ type: 'text', value: styleText(css) }];
      });
    }
  });
  return problem;
}

/**
 * The SVG markup, ready to inline: sanitized, scoped under the id `scope`,
 * themed by the page, labelled by `alt` (the figure's text alternative) as one image.
 * No `lang`: the figure is in the page's language.
 */
export function inlineSvg(source: string, scope: string, alt: string): InlineSvgResult {
  const root = rootSvg(fromHtml(source, { fragment: true }));
  if (root.problem !== undefined) return { problem: root.problem };
  const problem = refusal(root.svg);
  if (problem) return { problem };

  const svg = sanitize(root.svg, svgSchema) as Element;
  const scoped = scopeIds(svg, scope);
  if (scoped) return { problem: scoped };

  const { id: _id, className: _className, ...drawing } = svg.properties;
  const labelled: Properties = { id: scope, className: ['figure-svg'], role: 'img', ariaLabel: alt, ...drawing };
  return { svg: toHtml({ ...svg, properties: labelled }, { space: 'svg', closeEmptyElements: true }) };
}
