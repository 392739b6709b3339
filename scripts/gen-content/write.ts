import fs from 'node:fs';
import path from 'node:path';
import { figureFolder, generateContent, type GenerateOptions, type GeneratedTree } from './generate';

/** A file the generator leaves in every tree it writes: only such a tree may be replaced. */
export const MARKER = '.generated';

export interface WriteOptions extends Omit<GenerateOptions, 'figures'> {
  /** The content dir to create. */
  out: string;
  /** A public dir to write figures into (under FIGURE_DIR); none: posts have no figures. */
  publicDir?: string;
  /** Replace a tree this generator wrote before (never anything else). */
  force: boolean;
}

/** Generates a tree and writes it; throws an Error with a one-line reason instead of overwriting. */
export function writeContentTree(options: WriteOptions): GeneratedTree {
  const tree = generateContent({ ...options, figures: options.publicDir !== undefined });

  const figureRoot = options.publicDir === undefined ? undefined : path.join(options.publicDir, figureFolder(options));
  clear(options.out, options.force, fs.existsSync(path.join(options.out, MARKER)));
  // The figure folder is the generator's own by its name, and the same arguments fill it with the
  // same bytes, so replacing it is always safe.
  if (figureRoot) fs.rmSync(figureRoot, { recursive: true, force: true });

  const write = (root: string, files: Map<string, string>) => {
    for (const [relative, text] of files) {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  };
  write(options.out, tree.content);
  if (options.publicDir) write(options.publicDir, tree.public);
  fs.writeFileSync(
    path.join(options.out, MARKER),
    `Written by scripts/gen-content.ts (posts ${options.posts}, ${options.shape} shape, seed ${JSON.stringify(options.seed)}); npm run gen:content -- --force may replace this folder.\n`,
  );
  return tree;
}

function clear(dir: string, force: boolean, ours: boolean): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return; // not there yet
  }
  if (entries.length === 0) return;
  if (!force)
    throw new Error(
      `${dir} already exists and is not empty; pick another --out, or pass --force to replace a generated tree`,
    );
  if (!ours)
    throw new Error(`${dir} was not written by this generator (no ${MARKER} file), so --force will not delete it`);
  fs.rmSync(dir, { recursive: true, force: true });
}
