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
 * Inlining puts the SVG's <style> and ids into the page, so both are scoped:
 * every id gets the `scope` prefix, and the stylesheet is nested under the SVG's
 * own id (CSS nesting), its dark rules applying on screen when the reader chose
 * dark, or when the system is dark and the reader did not choose light (paper is light).
 */

export interface InlineSvgResult {
  svg?: string;
  problem?: string;
}

const DARK_MEDIA = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g;

/** Script in an inlined SVG would run in the page: refuse it, as MDX refuses JavaScript. */
function unsafe(source: string): string | undefined {
  if (/<script\b/i.test(source)) return 'contains a <script>';
  if (/<foreignObject\b/i.test(source)) return 'contains a <foreignObject>';
  if (/\son[a-z]+\s*=/i.test(source)) return 'contains an event handler attribute (on...=)';
  if (/javascript:/i.test(source)) return 'contains a javascript: address';
  if (/<!ENTITY/i.test(source)) return 'declares XML entities';
  return undefined;
}

/** Splits a stylesheet into its rules outside and inside `@media (prefers-color-scheme: dark)`. */
export function splitDarkRules(css: string): { base: string; dark: string } {
  let base = '';
  let dark = '';
  let from = 0;
  for (const match of css.matchAll(DARK_MEDIA)) {
    if (match.index < from) continue;
    base += css.slice(from, match.index);
    let depth = 1;
    let at = match.index + match[0].length;
    const start = at;
    while (at < css.length && depth > 0) {
      if (css[at] === '{') depth += 1;
      else if (css[at] === '}') depth -= 1;
      at += 1;
    }
    dark += css.slice(start, at - 1);
    from = at;
  }
  base += css.slice(from);
  return { base: base.trim(), dark: dark.trim() };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The SVG text, ready to inline: scoped under the id `scope`, themed by the
 * page, labelled by `alt` (the figure's text alternative) as one image.
 */
export function inlineSvg(source: string, scope: string, alt: string): InlineSvgResult {
  const problem = unsafe(source);
  if (problem) return { problem };
  const open = /<svg\b[^>]*>/i.exec(source);
  const close = source.lastIndexOf('</svg>');
  if (!open || close < open.index) return { problem: 'is not an SVG document (no <svg> element)' };

  let svg = source.slice(open.index, close + '</svg>'.length);
  svg = svg.replace(/<!--[\s\S]*?-->/g, '');

  // Ids and every reference to them, prefixed so two figures on a page cannot collide.
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const prefixed = (id: string) => (ids.has(id) ? `${scope}-${id}` : id);
  svg = svg
    .replace(/(\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${prefixed(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefixed(id)})`)
    .replace(/(\s(?:xlink:)?href=")#([^"]+)"/g, (_, head: string, id: string) => `${head}#${prefixed(id)}"`);

  // The whole drawing is one image named by the figure's alt text.
  svg = svg.replace(/<svg\b[^>]*>/i, (tag) => {
    const kept = tag
      .slice(4, -1)
      .replace(/\s(?:id|role|aria-labelledby|aria-describedby|aria-label|class)="[^"]*"/g, '')
      .replace(/\/$/, '');
    return `<svg id="${scope}" class="figure-svg" role="img" aria-label="${escapeAttribute(alt)}"${kept}>`;
  });

  svg = svg.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_, css: string) => {
    const { base, dark } = splitDarkRules(css);
    const rules = [`#${scope} { ${base} }`];
    if (dark) {
      rules.push(
        `:root:not([data-theme="light"]) #${scope} { @media screen and (prefers-color-scheme: dark) { ${dark} } }`,
        `:root[data-theme="dark"] #${scope} { @media screen { ${dark} } }`,
      );
    }
    return `<style>${rules.join('\n').replace(/\s+/g, ' ')}</style>`;
  });
  return { svg: svg.trim() };
}
