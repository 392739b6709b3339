import type { Element, Root } from 'hast';
import { find, svg as svgSpace } from 'property-information';
import { EXIT, visit } from 'unist-util-visit';
import { reference } from './css';
import { ADDRESS_ATTRIBUTES } from './schema';

/**
 * What only a hostile (or broken) figure holds. The allowlist in schema.ts would
 * drop all of it anyway; refusing it instead tells the author their file is wrong,
 * and keeps such a file from being published beside the page.
 */

const HOSTILE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'frame', 'handler', 'listener']);
const ANIMATION = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);
const ADDRESS_NAMES = new Set(['href', 'xlink:href']);

/** The document's one <svg> element, or why there is none. */
export function rootSvg(root: Root): { svg: Element; problem?: undefined } | { svg?: undefined; problem: string } {
  const elements = root.children.filter((node) => node.type === 'element');
  const [first] = elements;
  if (!first || first.tagName !== 'svg') return { problem: 'is not an SVG document (no <svg> element)' };
  // The HTML parser ends the <svg> at an HTML element such as <img>, so markup
  // after the drawing is an attempt to reach the page.
  if (elements.length > 1) return { problem: `contains a <${elements[1]!.tagName}> outside its <svg> element` };
  return { svg: first };
}

function attributeProblem(node: Element, key: string, value: unknown): string | undefined {
  const attribute = find(svgSpace, key).attribute.toLowerCase();
  if (attribute.startsWith('on')) return `contains an event handler (${attribute})`;
  if (ADDRESS_ATTRIBUTES.has(key)) {
    const address = String(value).trim();
    if (!address.startsWith('#')) return reference(address);
  }
  if (ANIMATION.has(node.tagName.toLowerCase()) && key === 'attributeName') {
    const target = String(value).trim().toLowerCase();
    if (ADDRESS_NAMES.has(target))
      return `contains an animation of an address (<${node.tagName} attributeName="${target}">)`;
  }
  return undefined;
}

/** Why the figure may not be inlined into a page, if it may not. */
export function refusal(svg: Element): string | undefined {
  let problem: string | undefined;
  visit(svg, 'element', (node) => {
    if (HOSTILE.has(node.tagName.toLowerCase())) problem = `contains a <${node.tagName}>`;
    for (const [key, value] of Object.entries(node.properties)) {
      problem ??= attributeProblem(node, key, value);
    }
    return problem ? EXIT : undefined;
  });
  return problem;
}
