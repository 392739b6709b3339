import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isJsxElement, setAttribute, stringAttribute, walk, type JsxElement } from './tree';

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
    let number = 0;
    walk(tree, (node) => {
      if (!isJsxElement(node, 'Figure')) return;
      const element: JsxElement = node;
      const fail = (message: string): never => file.fail(message, { place: element.position });
      number += 1;

      const src = stringAttribute(element, 'src', fail);
      const alt = stringAttribute(element, 'alt', fail)?.trim();
      const caption = stringAttribute(element, 'caption', fail)?.trim();
      const creditUrl = stringAttribute(element, 'creditUrl', fail);
      if (!src) fail('<Figure> needs src, the image file (e.g. src="diagram.svg")');
      if (!alt) fail('<Figure> needs alt, a text that describes the image for readers who cannot see it');
      if (!caption) fail('<Figure> needs caption');
      if (creditUrl && !/^https?:\/\//.test(creditUrl)) fail('<Figure> creditUrl must be an http(s) address');

      const publicSrc = /^https?:\/\//.test(src!)
        ? fail('<Figure> src must be an image of this blog, under public/images/posts/<id>/')
        : src!.startsWith('/')
          ? src!
          : `/images/posts/${options.postId}/${src}`;
      const onDisk = path.join(options.publicDir, ...publicSrc.split('/').filter(Boolean));
      const inside = path.relative(path.resolve(options.publicDir), onDisk);
      if (inside.startsWith('..') || path.isAbsolute(inside) || !fs.existsSync(onDisk)) {
        fail(`<Figure> image not found: ${publicSrc} (expected at ${path.relative(process.cwd(), onDisk)})`);
      }
      let size: { width?: number; height?: number } = {};
      try {
        size = imageSize(fs.readFileSync(onDisk));
      } catch {
        fail(`<Figure> cannot read the size of ${publicSrc}: is it an image?`);
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
