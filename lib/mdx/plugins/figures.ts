import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { besideThePost, defaultUrlOf, describeMedia, srcSetOf, SIZES } from '../../media/files';
import { isHttpUrl } from '../../urls';
import { inlineSvg } from './inline-svg';
import type { PostSources } from './sources';
import { isJsxElement, problems, publicPath, setAttribute, stringAttribute, walk, type JsxElement } from './tree';

export interface FigureOptions {
  /** The post's folder id: relative `src` values resolve to /images/posts/<id>/. */
  postId: string;
  /** Where `/images/...` lives on disk. */
  publicDir: string;
  /**
   * Inline SVG figures into the page so they follow its theme (see inline-svg.ts).
   * Off for feeds, whose readers get a plain <img>.
   */
  inline?: boolean;
  /** The post's folder: `./diagram.png` beside the MDX is published from there (lib/media). */
  postDir?: string;
  /** Receives the image paths looked for and not found (the content check's cache, lib/content/check-manifest.ts). */
  record?: Pick<PostSources, 'missing'>;
}

interface Resolved {
  publicSrc: string;
  onDisk: string;
  width?: number;
  height?: number;
  srcSet?: string;
}

/**
 * Checks every <Figure> at build time and prepares it for rendering: numbers
 * figures in order of appearance, resolves relative image paths, refuses a
 * missing image or alt text, and records the image's intrinsic size so the
 * page does not shift while it loads. An optional `narrowSrc` is the variant
 * shown on narrow screens (a stacked drawing whose labels stay legible there).
 * SVG figures are inlined (see inline-svg.ts) when `inline` is on.
 */
export function remarkFigures(options: FigureOptions) {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    let number = 0;
    walk(tree, (node) => {
      // A captioned video (lib/mdx/plugins/media.ts) is numbered in the same sequence.
      if (isJsxElement(node, 'Video') && stringAttribute(node, 'caption')?.trim()) {
        number += 1;
        return setAttribute(node, 'number', String(number));
      }
      if (!isJsxElement(node, 'Figure')) return;
      const element: JsxElement = node;
      const report = (message: string) => found.report(`<Figure> ${message}`, element);
      number += 1;

      const src = stringAttribute(element, 'src')?.trim();
      const alt = stringAttribute(element, 'alt')?.trim();
      const caption = stringAttribute(element, 'caption')?.trim();
      const creditUrl = stringAttribute(element, 'creditUrl');
      if (!alt) report('needs alt, a text that describes the image for readers who cannot see it');
      if (!caption) report('needs caption');
      if (creditUrl !== undefined && !isHttpUrl(creditUrl)) report('creditUrl must be an http(s) address');
      if (!src) return report('needs src, the image file (e.g. src="diagram.svg")');

      const image = resolve(src, 'src', report);
      if (!image) return;
      const narrowSrc = stringAttribute(element, 'narrowSrc')?.trim();
      const narrow = narrowSrc === undefined ? undefined : resolve(narrowSrc, 'narrowSrc', report);
      if (narrowSrc !== undefined && !narrow) return;

      setAttribute(element, 'src', image.publicSrc);
      setAttribute(element, 'number', String(number));
      if (image.srcSet && options.inline) {
        setAttribute(element, 'srcSet', image.srcSet);
        setAttribute(element, 'sizes', SIZES);
      }
      if (image.width && image.height) {
        setAttribute(element, 'width', String(image.width));
        setAttribute(element, 'height', String(image.height));
      }
      if (narrow) setAttribute(element, 'narrowSrc', narrow.publicSrc);
      if (!options.inline) return;
      for (const [attribute, picture, scope] of [
        ['svg', image, `fig-${number}-art`],
        ['narrowSvg', narrow, `fig-${number}-art-narrow`],
      ] as const) {
        if (!picture?.publicSrc.endsWith('.svg')) continue;
        const result = inlineSvg(fs.readFileSync(picture.onDisk, 'utf8'), scope, alt ?? '');
        if (result.problem) return report(`${picture.publicSrc} cannot be inlined into the page: it ${result.problem}`);
        if (result.svg) setAttribute(element, attribute, result.svg);
      }
    });
  };

  /** An image of the post on disk, with its intrinsic size; undefined (reported) when unusable. */
  function resolve(src: string, attribute: string, report: (message: string) => void): Resolved | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
      report(`${attribute} must be an image of this blog, under public/images/posts/<id>/`);
      return undefined;
    }
    const beside = options.postDir ? besideThePost(options.postDir, src) : undefined;
    if (beside && !fs.existsSync(beside)) options.record?.missing.push(beside);
    if (beside && src.startsWith('./') && !fs.existsSync(beside)) {
      report(`image not found: ${src} (expected beside the post, at ${path.relative(process.cwd(), beside)})`);
      return undefined;
    }
    if (beside && fs.existsSync(beside)) {
      const media = describeMedia(options.postId, beside);
      const publicSrc = media.url.endsWith('.svg') ? media.url : defaultUrlOf(media);
      return { publicSrc, onDisk: beside, width: media.width, height: media.height, srcSet: srcSetOf(media) };
    }
    const publicSrc = src.startsWith('/') ? src : `/images/posts/${options.postId}/${src}`;
    const onDisk = publicPath(options.publicDir, publicSrc);
    if (!onDisk || !fs.existsSync(onDisk)) {
      if (onDisk) options.record?.missing.push(onDisk);
      const expected = path.join(options.publicDir, ...publicSrc.split('/').filter(Boolean));
      report(`image not found: ${publicSrc} (expected at ${path.relative(process.cwd(), expected)})`);
      return undefined;
    }
    try {
      const size = imageSize(fs.readFileSync(onDisk));
      return { publicSrc, onDisk, width: size.width, height: size.height };
    } catch {
      report(`cannot read the size of ${publicSrc}: is it an image?`);
      return undefined;
    }
  }
}
