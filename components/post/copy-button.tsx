'use client';

import { useEffect, useRef, useState } from 'react';

export interface CopyLabels {
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * Copies its code block's text. The block is found in the page (the closest
 * figure's <code>), so the code is not sent to the browser twice. The result is
 * spoken through a live region, as the button's label changes silently.
 */
export function CopyButton({ labels }: { labels: CopyLabels }) {
  const button = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    const code = button.current?.closest('figure')?.querySelector('pre code');
    // rehype-pretty-code keeps an empty line's height with a single space; copy it as empty.
    const lines = [...(code?.querySelectorAll(':scope > [data-line]') ?? [])].map((line) => line.textContent ?? '');
    const text =
      lines.length > 0 ? lines.map((line) => (line === ' ' ? '' : line)).join('\n') : (code?.textContent ?? '');
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  const message = status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : '';
  return (
    <>
      <button ref={button} type="button" className="code-copy" onClick={copy}>
        {status === 'copied' ? labels.copied : labels.copy}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {message}
      </span>
    </>
  );
}
