/**
 * The standalone scripts in public/islands/: the only JavaScript a reader's browser runs
 * (scripts/drop-runtime.mjs removes the framework's script from every prerendered page). Each
 * finds its elements by the `data-*` attributes its component writes.
 */
const islands = {
  // They enhance elements already in the page, so they run once it is parsed (a module script
  // without `async` is deferred); each is rendered once per page.
  'theme-control': 'deferred',
  'toc-spy': 'deferred',
  search: 'deferred',
  // They listen on the document, so they may run as soon as they arrive; React hoists an async
  // script into <head> and loads it once, however many components render it (one per code block).
  'copy-button': 'async',
  'remember-locale': 'async',
} as const;

export type Island = keyof typeof islands;

export function IslandScript({ name }: { name: Island }) {
  return <script type="module" async={islands[name] === 'async'} src={`/islands/${name}.js`} />;
}
