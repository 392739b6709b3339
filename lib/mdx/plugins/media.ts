import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Image, Paragraph, Parents, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { besideThePost, defaultUrlOf, describeMedia, SIZES, srcSetOf } from '../../media/files';
import type { PostSources } from './sources';
import { isJsxElement, problems, publicPath, setAttribute, stringAttribute, walk, type JsxElement } from './tree';

/** HTML for video an author may write; their attributes are checked here, not by remarkAllowedJsx. */
export const MEDIA_HTML = new Set(['video', 'source', 'track']);

/** Attributes of those elements, as React names them (authors write either form). */
const MEDIA_ATTRIBUTES: Record<string, Record<string, string>> = {
  video: {
    controls: 'controls',
    poster: 'poster',
    width: 'width',
    height: 'height',
    muted: 'muted',
    loop: 'loop',
    playsinline: 'playsInline',
    playsInline: 'playsInline',
    preload: 'preload',
    src: 'src',
    title: 'title',
    lang: 'lang',
    id: 'id',
    className: 'className',
  },
  source: { src: 'src', type: 'type', media: 'media' },
  track: { kind: 'kind', src: 'src', srclang: 'srcLang', srcLang: 'srcLang', label: 'label', default: 'default' },
};

const URL_ATTRIBUTES = new Set(['src', 'poster']);

export interface MediaOptions {
  postId: string;
  publicDir: string;
  /** The post's folder, when compiling a post file: `./name` resolves there. */
  postDir?: string;
  /** Off for feeds: one image address, no `srcset`. */
  inline?: boolean;
  /** Receives the files read, for the compile cache's staleness check. */
  record?: PostSources;
}

interface Local {
  url: string;
  onDisk: string;
  width?: number;
  height?: number;
  srcSet?: string;
}

/**
 * A post's own images and videos: a Markdown image `![alt](./file.png "caption")` beside the
 * post becomes an image with its intrinsic size and WebP renditions (a caption makes it a
 * numbered <Figure>, which lib/mdx/plugins/figures.ts finishes); `<Video>` and `<video>` get
 * their local files' addresses, controls and `preload="none"`, and never autoplay. Another
 * site's address is refused: the Content-Security-Policy would block it on the page.
 */
export function remarkMedia(options: MediaOptions) {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    const toFigures: { paragraph: Paragraph; parent: Parents; image: Image }[] = [];

    walk(tree, (node, parent) => {
      if (node.type === 'imageReference') {
        return found.report('reference-style images (![alt][name]) are not supported; write ![alt](./file.png)', node);
      }
      if (node.type === 'image') {
        const report = (message: string) => found.report(`Markdown image ${message}`, node);
        const alt = node.alt?.trim();
        if (!alt) report('needs alt text, ![what it shows](…), for readers who cannot see it');
        const local = resolve(node.url, report);
        if (!local || !alt) return;
        const caption = node.title?.trim();
        if (caption && parent?.type === 'paragraph' && parent.children.length === 1) {
          const grand = findParent(tree, parent);
          if (grand) return void toFigures.push({ paragraph: parent, parent: grand, image: node });
        }
        node.url = local.url;
        node.data = {
          ...node.data,
          hProperties: {
            width: local.width,
            height: local.height,
            // Every image is lazy: the title, description and opening paragraphs come first,
            // and a browser loads a lazy image that is in view at once anyway.
            loading: 'lazy',
            decoding: 'async',
            ...(options.inline && local.srcSet ? { srcSet: local.srcSet, sizes: SIZES } : {}),
          },
        };
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element: JsxElement = node;
      if (element.name === 'Figure') {
        const src = stringAttribute(element, 'src');
        const beside = src && options.postDir ? besideThePost(options.postDir, src) : undefined;
        if (beside) options.record?.[fs.existsSync(beside) ? 'files' : 'missing'].push(beside);
        return;
      }
      if (element.name === 'Video') return video(element, 'Video', (message) => found.report(message, element));
      if (!node.name || !MEDIA_HTML.has(node.name)) return;
      const report = (message: string) => found.report(message, node);
      if (node.name !== 'video' && !(parent && isVideo(parent))) {
        return report(`<${node.name}> belongs inside <video> or <Video>`);
      }
      if (node.name === 'video') video(node, 'video', report);
      else htmlAttributes(node, report);
    });

    for (const { paragraph, parent, image } of toFigures) {
      const figure: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Figure',
        attributes: [
          attribute('src', image.url),
          attribute('alt', image.alt ?? ''),
          attribute('caption', image.title ?? ''),
        ],
        children: [],
        position: image.position,
      };
      const siblings = parent.children as RootContent[];
      siblings.splice(siblings.indexOf(paragraph), 1, figure);
    }

    function video(node: JsxElement, name: 'Video' | 'video', report: (message: string) => void) {
      if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name.toLowerCase() === 'autoplay')) {
        report(`<${name}> autoplay is not allowed: a video plays only when the reader starts it`);
      }
      if (name === 'video') htmlAttributes(node, report);
      else {
        if (!stringAttribute(node, 'src')) report('<Video> needs src, the video file (e.g. src="./demo.mp4")');
        for (const key of URL_ATTRIBUTES) {
          const value = stringAttribute(node, key);
          if (value === undefined) continue;
          const local = resolve(value, (message) => report(`<Video> ${key} ${message}`));
          if (local) setAttribute(node, key, local.url);
          if (key === 'poster' && local?.width && local.height) {
            setAttribute(node, 'width', String(local.width));
            setAttribute(node, 'height', String(local.height));
          }
        }
      }
      if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'controls')) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'controls', value: null });
      }
      setAttribute(node, 'preload', 'none');
    }

    /** Checks an HTML media element's attributes, renames them as React expects, and resolves its files. */
    function htmlAttributes(node: JsxElement, report: (message: string) => void) {
      const allowed = MEDIA_ATTRIBUTES[node.name!]!;
      for (const item of node.attributes) {
        if (item.type !== 'mdxJsxAttribute') continue;
        if (item.name.toLowerCase() === 'autoplay') continue;
        if (item.value !== null && item.value !== undefined && typeof item.value !== 'string') {
          report(`<${node.name}> ${item.name} must be a plain string such as ${item.name}="…", not an expression`);
          continue;
        }
        const renamed = allowed[item.name];
        if (!renamed) {
          report(`<${node.name}>: the attribute "${item.name}" is not allowed in posts`);
          continue;
        }
        item.name = renamed;
        if (URL_ATTRIBUTES.has(renamed) && typeof item.value === 'string') {
          const local = resolve(item.value, (message) => report(`<${node.name}> ${renamed} ${message}`));
          if (local) item.value = local.url;
        }
      }
      if (node.name === 'track' && !stringAttribute(node, 'src')) report('<track> needs src, a WebVTT file (./x.vtt)');
      if (node.name === 'source' && !stringAttribute(node, 'src')) report('<source> needs src, the video file');
    }
  };

  /** A file of this blog named by `src`, beside the post or under public/; undefined (reported) otherwise. */
  function resolve(src: string, report: (message: string) => void): Local | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
      report(
        `${src} is on another site, which the blog's Content-Security-Policy blocks; put the file beside the post and write ./${path.posix.basename(src.split(/[?#]/)[0] ?? '') || 'file'}`,
      );
      return undefined;
    }
    const beside = options.postDir ? besideThePost(options.postDir, src) : undefined;
    if (beside && fs.existsSync(beside)) {
      const media = describeMedia(options.postId, beside);
      options.record?.files.push(beside);
      const url = media.url.endsWith('.svg') ? media.url : defaultUrlOf(media);
      return { url, onDisk: beside, width: media.width, height: media.height, srcSet: srcSetOf(media) };
    }
    if (beside) options.record?.missing.push(beside);
    const sitePath = src.startsWith('/') ? src : `/images/posts/${options.postId}/${src.replace(/^\.\//, '')}`;
    const onDisk = publicPath(options.publicDir, sitePath);
    if (!onDisk || !fs.existsSync(onDisk)) {
      if (onDisk) options.record?.missing.push(onDisk);
      const expected = beside ?? path.join(options.publicDir, ...sitePath.split('/').filter(Boolean));
      report(`not found: ${src} (expected at ${path.relative(process.cwd(), expected)})`);
      return undefined;
    }
    options.record?.files.push(onDisk);
    try {
      const size = /\.(png|jpe?g|webp|gif|avif|svg)$/i.test(onDisk) ? imageSize(fs.readFileSync(onDisk)) : undefined;
      return { url: sitePath, onDisk, width: size?.width, height: size?.height };
    } catch {
      report(`cannot read the size of ${src}: is it an image?`);
      return undefined;
    }
  }
}

function isVideo(node: Parents): boolean {
  return isJsxElement(node, 'video') || isJsxElement(node, 'Video');
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function findParent(tree: Root, child: Parents): Parents | undefined {
  let found: Parents | undefined;
  walk(tree, (node, parent) => {
    if (node === child) found = parent;
  });
  return found;
}
