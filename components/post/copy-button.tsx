import { IslandScript } from '@/components/island-script';

export interface CopyLabels {
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * Copies its code block's text (public/islands/copy-button.js). The strings it shows travel as
 * data attributes; the result is spoken through the live region beside it, as a label change
 * alone is not announced. `script={false}` leaves the island's script to the page (a post's body
 * rendered to a string, lib/mdx/render.tsx).
 */
export function CopyButton({ labels, script = true }: { labels: CopyLabels; script?: boolean }) {
  return (
    <>
      <button
        type="button"
        className="code-copy"
        data-copy={labels.copy}
        data-copied={labels.copied}
        data-failed={labels.copyFailed}
      >
        {labels.copy}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite" data-copy-status />
      {script ? <IslandScript name="copy-button" /> : null}
    </>
  );
}
