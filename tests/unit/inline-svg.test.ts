import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { inlineSvg } from '../../lib/mdx/plugins/inline-svg';

/** An SVG file around `body`. */
function file(body: string, open = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'): string {
  return `${open}${body}</svg>`;
}

/** The inlined markup as the page's HTML parser reads it. */
function inlined(source: string, scope = 'fig-1-art'): Root {
  const { svg, problem } = inlineSvg(source, scope, 'A drawing');
  assert.equal(problem, undefined);
  assert.ok(svg);
  return fromHtml(`<div>${svg}</div>`, { fragment: true });
}

function elements(tree: Root, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (!tagName || node.tagName === tagName) found.push(node);
  });
  return found;
}

function refused(source: string): string {
  const { svg, problem } = inlineSvg(source, 'fig-1-art', 'A drawing');
  assert.equal(svg, undefined);
  assert.ok(problem);
  return problem;
}

describe('inlining an SVG figure', () => {
  const drawing = file(
    [
      '<title id="t">Title</title>',
      '<style>.box { fill: #fff; } .line { marker-end: url(#arrow); }',
      '@media (prefers-color-scheme: dark) { .box { fill: #000; } }</style>',
      '<defs><marker id="arrow"><path d="M0,0"/></marker>',
      '<linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>',
      '<linearGradient id="g2" xlink:href="#g"/></defs>',
      '<path id="p" class="box line" marker-end="url(#arrow)" fill="url(#g2)" style="stroke: url(#g)" d="M0,0"/>',
      '<use href="#p" x="2"/>',
    ].join(''),
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" ' +
      'viewBox="0 0 100 50" lang="pt-BR" xml:lang="pt-BR" role="img" aria-labelledby="t">',
  );

  it('names the drawing by the figure alt text, without a lang of its own', () => {
    const [svg, ...nested] = elements(inlined(drawing), 'svg');
    assert.equal(nested.length, 0);
    assert.deepEqual(svg!.properties, {
      id: 'fig-1-art',
      className: ['figure-svg'],
      role: 'img',
      ariaLabel: 'A drawing',
      width: '100',
      height: '50',
      viewBox: '0 0 100 50',
    });
    assert.equal(toString(elements(inlined(drawing), 'title')[0]!), 'Title');
  });

  it('scopes every id and every reference to it', () => {
    const tree = inlined(drawing);
    assert.deepEqual(
      elements(tree)
        .map((node) => node.properties.id)
        .filter(Boolean),
      ['fig-1-art', 'fig-1-art-t', 'fig-1-art-arrow', 'fig-1-art-g', 'fig-1-art-g2', 'fig-1-art-p'],
    );
    const path = elements(tree, 'path')[1]!;
    assert.equal(path.properties.markerEnd, 'url(#fig-1-art-arrow)');
    assert.equal(path.properties.fill, 'url(#fig-1-art-g2)');
    assert.equal(path.properties.style, 'stroke:url(#fig-1-art-g)');
    assert.equal(elements(tree, 'linearGradient')[1]!.properties.xLinkHref, '#fig-1-art-g');
    assert.equal(elements(tree, 'use')[0]!.properties.href, '#fig-1-art-p');
    assert.match(toString(elements(tree, 'style')[0]!), /\.line\{marker-end:url\(#fig-1-art-arrow\)\}/);
  });

  it('keeps two figures with the same ids apart', () => {
    const ids = (scope: string) =>
      new Set(elements(inlined(drawing, scope)).flatMap((node) => (node.properties.id ? [node.properties.id] : [])));
    const first = ids('fig-1-art');
    for (const id of ids('fig-2-art')) assert.ok(!first.has(id), `${String(id)} is in both figures`);
  });

  it('nests the stylesheet under the figure and keys its dark rules off the chosen theme too', () => {
    assert.equal(
      toString(elements(inlined(drawing), 'style')[0]!),
      [
        '#fig-1-art{.box{fill:#fff}.line{marker-end:url(#fig-1-art-arrow)}}',
        ':root:not([data-theme="light"]) #fig-1-art{@media screen and (prefers-color-scheme:dark){.box{fill:#000}}}',
        ':root[data-theme="dark"] #fig-1-art{@media screen{.box{fill:#000}}}',
      ].join('\n'),
    );
  });

  it('keeps the markup of a stylesheet from reaching the page', () => {
    const tree = inlined(
      file('<style>.a::after { content: "&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;"; }</style>'),
    );
    assert.deepEqual(
      elements(tree).map((node) => node.tagName),
      ['div', 'svg', 'style'],
    );
    assert.match(toString(elements(tree, 'style')[0]!), /content:"<\/style><img src=x onerror=alert\(1\)>"/);
  });

  it('drops what an editor leaves behind and what is not on the allowlist', () => {
    const tree = inlined(
      file(
        [
          '<!-- made by hand -->',
          '<metadata><rdf>rights</rdf></metadata>',
          '<rect data-x="1" inkscape:label="box" tabindex="0" width="4" height="4"/>',
          '<a href="#r"><circle r="2"/></a>',
          '<animate attributeName="opacity" values="0;1" dur="1s"/>',
          '<image href="#r"/>',
          '<g id="r"/>',
        ].join(''),
      ),
    );
    assert.deepEqual(
      elements(tree).map((node) => node.tagName),
      ['div', 'svg', 'rect', 'circle', 'g'],
    );
    assert.deepEqual(elements(tree, 'rect')[0]!.properties, { width: '4', height: '4' });
    assert.equal(toString(tree), '');
  });
});

describe('refusing a hostile SVG figure', () => {
  it('refuses a <script>', () => {
    assert.equal(refused(file('<script>alert(1)</script>')), 'contains a <script>');
  });

  it('refuses event handlers, on the drawing or inside it', () => {
    assert.equal(refused(file('<rect onclick="alert(1)"/>')), 'contains an event handler (onclick)');
    assert.equal(
      refused('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
      'contains an event handler (onload)',
    );
    assert.equal(
      refused(file('<animate attributeName="opacity" onbegin="alert(1)"/>')),
      'contains an event handler (onbegin)',
    );
  });

  it('refuses an entity-encoded javascript: address', () => {
    assert.equal(
      refused(file('<a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a>')),
      'refers to "javascript:alert(1)" outside the figure; it may refer only to its own ids (#id)',
    );
  });

  for (const address of [
    'http://example.com/x.svg#a',
    'https://example.com/x.svg#a',
    '//example.com/x.svg#a',
    'data:image/svg+xml,<svg/>',
    'javascript:alert(1)',
  ]) {
    for (const attribute of ['href', 'xlink:href']) {
      it(`refuses ${attribute} to ${address.slice(0, 12)}`, () => {
        assert.match(
          refused(file(`<use ${attribute}="${address.replaceAll('<', '&lt;')}"/>`)),
          /^refers to ".*" outside the figure/,
        );
      });
    }
  }

  it('refuses a <use> of another file', () => {
    assert.equal(
      refused(file('<use href="other.svg#x"/>')),
      'refers to "other.svg#x" outside the figure; it may refer only to its own ids (#id)',
    );
  });

  it('refuses a reference to an id the figure does not define', () => {
    assert.equal(refused(file('<use href="#site-header"/>')), 'refers to #site-header, which it does not define');
    assert.equal(refused(file('<rect fill="url(#nowhere)"/>')), 'refers to #nowhere, which it does not define');
  });

  it('refuses an animation that changes an address', () => {
    assert.equal(
      refused(file('<a href="#r"><set attributeName="href" to="javascript:alert(1)"/><rect id="r"/></a>')),
      'contains an animation of an address (<set attributeName="href">)',
    );
    assert.equal(
      refused(file('<use href="#r"><animate attributeName="xlink:href" values="#r;https://example.com/x"/></use>')),
      'contains an animation of an address (<animate attributeName="xlink:href">)',
    );
  });

  it('refuses @import and outside url() in a stylesheet or style attribute', () => {
    assert.equal(
      refused(file('<style>@import url(https://example.com/x.css);</style>')),
      'contains @import in its CSS',
    );
    assert.equal(refused(file('<style>@import "x.css"; .a { fill: red; }</style>')), 'contains @import in its CSS');
    assert.equal(
      refused(file('<style>.a { background: url(https://example.com/track.png); }</style>')),
      'refers to "https://example.com/track.png" outside the figure; it may refer only to its own ids (#id)',
    );
    assert.match(refused(file('<style>.a { --x: url("data:image/png;base64,AA"); }</style>')), /^refers to "data:/);
    assert.equal(
      refused(file('<rect style="fill: url(//example.com/p.svg#a)"/>')),
      'refers to "//example.com/p.svg#a" outside the figure; it may refer only to its own ids (#id)',
    );
    assert.equal(
      refused(file('<style>.a { background: image-set("x.png" 1x); }</style>')),
      'contains the CSS function image-set(), which inlined figures do not allow',
    );
    assert.equal(refused(file('<style>@font-face { src: local(x); }</style>')), 'contains @font-face in its CSS');
  });

  it('refuses a <foreignObject>', () => {
    assert.equal(refused(file('<foreignObject><div>x</div></foreignObject>')), 'contains a <foreignObject>');
  });

  it('refuses an <iframe> or <embed>, inside the drawing or breaking out of it', () => {
    assert.equal(refused(file('<iframe src="https://example.com"></iframe>')), 'contains a <iframe>');
    assert.equal(refused(file('<embed src="x.swf"/>')), 'contains a <embed> outside its <svg> element');
  });

  it('refuses markup that closes the <style> to reach the page', () => {
    assert.equal(
      refused(file('<style>.a { content: "</style><img src=x onerror=alert(1)>"; }</style>')),
      'contains a <img> outside its <svg> element',
    );
  });

  it('refuses a file that is not an SVG', () => {
    assert.equal(refused('<html><body>x</body></html>'), 'is not an SVG document (no <svg> element)');
  });
});
