import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isHttpUrl } from '../../urls';
import { isJsxElement, problems, publicPath, setAttribute, stringAttribute, walk, type JsxElement } from './tree';

export interface FigureOptions {
  /** The post's folder id: relative `src` values resolve to /images/posts/<id>/. */
  postId: string;
  /** Where `/images/...` lives on disk. */
  publicDir: string;
}

/**
 * Checks every <Figure> at build time and prepares it for rendering: numbers
 * figures in order of appearance, resolves relative image paths, refuses a
 * missing image or alt text, and records the image's intrinsic size so the
 * page does not shift while it loads.
 */
export function remarkFigures(options: FigureOptions) {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    let number = 0;
    walk(tree, (node) => {
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
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
        return report('src must be an image of this blog, under public/images/posts/<id>/');
      }

      const publicSrc = src.startsWith('/') ? src : `/images/posts/${options.postId}/${src}`;
      const onDisk = publicPath(options.publicDir, publicSrc);
      if (!onDisk || !fs.existsSync(onDisk)) {
        const expected = path.join(options.publicDir, ...publicSrc.split('/').filter(Boolean));
        return report(`image not found: ${publicSrc} (expected at ${path.relative(process.cwd(), expected)})`);
      }
      let size: { width?: number; height?: number };
      try {
        size = imageSize(fs.readFileSync(onDisk));
      } catch {
        return report(`cannot read the size of ${publicSrc}: is it an image?`);
      }

      setAttribute(element, 'src', publicSrc);
      setAttribute(element, 'number', String(number));
      if (size.width && size.height) {
        setAttribute(element, 'width', String(size.width));
        setAttribute(element, 'height', String(size.height));
      }
    });
  };
}
