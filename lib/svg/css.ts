import * as csstree from 'css-tree';

/**
 * CSS from an inlined figure (its <style> and style="" attributes), parsed with
 * css-tree. Only @media rules and a known set of functions pass, and `url()`
 * may name only an id of the same figure, so the page cannot be made to load
 * anything; ids in `url(#id)` become the figure's scoped ids.
 */

/** Maps an id of the figure to its scoped id; undefined when the figure has no such id. */
export type Rename = (id: string) => string | undefined;

export type CssResult = { css: string; problem?: undefined } | { css?: undefined; problem: string };

const FUNCTIONS = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color',
  'color-mix',
  'light-dark',
  'var',
  'calc',
  'min',
  'max',
  'clamp',
  'translate',
  'translatex',
  'translatey',
  'rotate',
  'scale',
  'scalex',
  'scaley',
  'skew',
  'skewx',
  'skewy',
  'matrix',
  'cubic-bezier',
  'steps',
]);

/** The CSS, checked and with its `url(#id)` renamed in place; a problem when it may not be inlined. */
function check(ast: csstree.CssNode, rename: Rename): string | undefined {
  let problem: string | undefined;
  csstree.walk(ast, (node) => {
    if (problem) return;
    if (node.type === 'Atrule' && node.name.toLowerCase() !== 'media') {
      problem = `contains @${node.name} in its CSS`;
    } else if (node.type === 'Function' && !FUNCTIONS.has(node.name.toLowerCase())) {
      problem = `contains the CSS function ${node.name}(), which inlined figures do not allow`;
    } else if (node.type === 'Raw') {
      problem = `contains CSS that cannot be parsed: ${node.value.trim()}`;
    } else if (node.type === 'Url') {
      const renamed = node.value.startsWith('#') ? rename(node.value.slice(1)) : undefined;
      if (renamed) node.value = `#${renamed}`;
      else problem = reference(node.value);
    }
  });
  return problem;
}

/** Why an address may not stay in an inlined figure. */
export function reference(address: string): string {
  return address.startsWith('#')
    ? `refers to ${address}, which it does not define`
    : `refers to ${JSON.stringify(address)} outside the figure; it may refer only to its own ids (#id)`;
}

type Parsed = { ast: csstree.CssNode; problem?: undefined } | { ast?: undefined; problem: string };

function parse(css: string, context: 'stylesheet' | 'declarationList' | 'value', rename: Rename): Parsed {
  let parseError: string | undefined;
  const ast = csstree.parse(css, {
    context,
    parseCustomProperty: true,
    onParseError: (error) => (parseError ??= error.message),
  });
  if (parseError) return { problem: `contains CSS that cannot be parsed (${parseError})` };
  const problem = check(ast, rename);
  return problem ? { problem } : { ast };
}

function generated(parsed: Parsed): CssResult {
  return parsed.problem === undefined ? { css: csstree.generate(parsed.ast) } : { problem: parsed.problem };
}

/** A presentation attribute that may hold `url()` (fill, marker-end...), checked and renamed. */
export function scopeValue(value: string, rename: Rename): CssResult {
  return generated(parse(value, 'value', rename));
}

/** A style="" attribute, checked and renamed. */
export function scopeDeclarations(value: string, rename: Rename): CssResult {
  return generated(parse(value, 'declarationList', rename));
}

function isDarkScheme(node: csstree.CssNode): node is csstree.Atrule {
  return (
    node.type === 'Atrule' &&
    node.name.toLowerCase() === 'media' &&
    !!node.prelude &&
    csstree.generate(node.prelude) === '(prefers-color-scheme:dark)'
  );
}

/** The rules of a stylesheet outside and inside `@media (prefers-color-scheme: dark)`. */
function splitDarkRules(stylesheet: csstree.StyleSheet): { base: string; dark: string } {
  let base = '';
  let dark = '';
  stylesheet.children.forEach((node) => {
    if (isDarkScheme(node) && node.block) {
      dark += node.block.children
        .toArray()
        .map((child) => csstree.generate(child))
        .join('');
    } else {
      base += csstree.generate(node);
    }
  });
  return { base, dark };
}

/**
 * A figure's <style>, nested under the figure's own id (CSS nesting), its dark
 * rules applying on screen when the reader chose dark, or when the system is
 * dark and the reader did not choose light (paper is light).
 */
export function scopeStylesheet(css: string, scope: string, rename: Rename): CssResult {
  const { ast, problem } = parse(css, 'stylesheet', rename);
  if (problem !== undefined) return { problem };
  if (ast.type !== 'StyleSheet') return { problem: 'contains CSS that cannot be parsed' };
  const { base, dark } = splitDarkRules(ast);
  const rules = [`#${scope}{${base}}`];
  if (dark) {
    rules.push(
      `:root:not([data-theme="light"]) #${scope}{@media screen and (prefers-color-scheme:dark){${dark}}}`,
      `:root[data-theme="dark"] #${scope}{@media screen{${dark}}}`,
    );
  }
  return { css: rules.join('\n') };
}
