// node scripts/copy-tree.mjs <from> <to>: replaces <to> with a copy of <from>.
// The dev-server end-to-end specs edit the copy, never the repository's fixtures.
import fs from 'node:fs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/copy-tree.mjs <from> <to>');
  process.exit(2);
}
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true });
