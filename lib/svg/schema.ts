import type { Schema } from 'hast-util-sanitize';
import { find, svg } from 'property-information';

/**
 * What an inlined figure may keep: drawing, text, paint servers, markers,
 * clipping, masks and filters, and <use> of its own parts. Anything else
 * (editor metadata, <a>, <image>, animation, unknown attributes) is dropped;
 * refuse.ts turns what only a hostile file holds into an error first.
 * Names are written as in SVG files and mapped to hast property names.
 */

const PRESENTATION = [
  'id',
  'class',
  'style',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'color',
  'display',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'writing-mode',
  'clip-path',
  'clip-rule',
  'mask',
  'filter',
  'marker-start',
  'marker-mid',
  'marker-end',
  'vector-effect',
  'paint-order',
  'shape-rendering',
  'text-rendering',
  'stop-color',
  'stop-opacity',
  'flood-color',
  'flood-opacity',
  'lighting-color',
  'color-interpolation-filters',
];

const BOX = ['x', 'y', 'width', 'height'];
const LOCAL_HREF = ['href', 'xlink:href'];
const GRADIENT = ['gradientUnits', 'gradientTransform', 'spreadMethod', ...LOCAL_HREF];
const PRIMITIVE = [...BOX, 'in', 'in2', 'result'];

const ELEMENTS: Record<string, string[]> = {
  svg: [...BOX, 'viewBox', 'preserveAspectRatio'],
  g: [],
  defs: [],
  symbol: [...BOX, 'viewBox', 'preserveAspectRatio', 'refX', 'refY'],
  use: [...BOX, ...LOCAL_HREF],
  title: [],
  desc: [],
  style: [],
  path: ['d', 'pathLength'],
  rect: [...BOX, 'rx', 'ry', 'pathLength'],
  circle: ['cx', 'cy', 'r', 'pathLength'],
  ellipse: ['cx', 'cy', 'rx', 'ry', 'pathLength'],
  line: ['x1', 'y1', 'x2', 'y2', 'pathLength'],
  polyline: ['points', 'pathLength'],
  polygon: ['points', 'pathLength'],
  text: ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'],
  tspan: ['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust'],
  textPath: ['startOffset', 'method', 'spacing', 'side', 'textLength', 'lengthAdjust', ...LOCAL_HREF],
  linearGradient: ['x1', 'y1', 'x2', 'y2', ...GRADIENT],
  radialGradient: ['cx', 'cy', 'r', 'fx', 'fy', 'fr', ...GRADIENT],
  stop: ['offset'],
  marker: ['viewBox', 'preserveAspectRatio', 'refX', 'refY', 'markerWidth', 'markerHeight', 'markerUnits', 'orient'],
  pattern: [
    ...BOX,
    'viewBox',
    'preserveAspectRatio',
    'patternUnits',
    'patternContentUnits',
    'patternTransform',
    ...LOCAL_HREF,
  ],
  clipPath: ['clipPathUnits'],
  mask: [...BOX, 'maskUnits', 'maskContentUnits'],
  filter: [...BOX, 'filterUnits', 'primitiveUnits'],
  feGaussianBlur: [...PRIMITIVE, 'stdDeviation', 'edgeMode'],
  feOffset: [...PRIMITIVE, 'dx', 'dy'],
  feDropShadow: [...PRIMITIVE, 'dx', 'dy', 'stdDeviation'],
  feFlood: PRIMITIVE,
  feBlend: [...PRIMITIVE, 'mode'],
  feComposite: [...PRIMITIVE, 'operator', 'k1', 'k2', 'k3', 'k4'],
  feColorMatrix: [...PRIMITIVE, 'type', 'values'],
  feMorphology: [...PRIMITIVE, 'operator', 'radius'],
  feMerge: PRIMITIVE,
  feMergeNode: ['in'],
};

/** Attributes whose value may hold `url(#id)`: checked and renamed as CSS (see css.ts). */
export const URL_ATTRIBUTES = new Set(
  ['fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end'].map(property),
);

/** Attributes that hold an address: an inlined figure may only point at its own ids. */
export const ADDRESS_ATTRIBUTES = new Set(LOCAL_HREF.map(property));

/** The hast property name of an SVG attribute. */
export function property(attribute: string): string {
  return find(svg, attribute).property;
}

export const svgSchema: Schema = {
  tagNames: Object.keys(ELEMENTS),
  attributes: {
    '*': PRESENTATION.map(property),
    ...Object.fromEntries(Object.entries(ELEMENTS).map(([name, attributes]) => [name, attributes.map(property)])),
  },
  // Ids are scoped by inline-svg.ts, addresses checked by refuse.ts and inline-svg.ts.
  clobber: [],
  protocols: {},
  required: {},
  ancestors: {},
  // Dropped with their content; other unknown elements give way to their children.
  strip: [
    'script',
    'foreignObject',
    'iframe',
    'embed',
    'object',
    'metadata',
    'image',
    'feImage',
    'set',
    'animate',
    'animateMotion',
    'animateTransform',
  ],
  allowComments: false,
  allowDoctypes: false,
};
