import type { ComponentPropsWithoutRef } from 'react';
import { CopyButton, type CopyLabels } from './copy-button';

export type CodeBlockLabels = CopyLabels & { language: string };

type FigureProps = ComponentPropsWithoutRef<'figure'> & { 'data-language'?: string };

/**
 * A code block as rehype-pretty-code leaves it (a figure with an optional
 * title and the highlighted <pre>), plus a toolbar: the language and a copy
 * button, the only part that runs in the browser.
 */
export function CodeBlock({
  children,
  labels,
  script = true,
  ...props
}: FigureProps & { labels: CodeBlockLabels; script?: boolean }) {
  const language = props['data-language'];
  return (
    <figure {...props} className="code-block">
      <div className="code-tools">
        {language ? (
          <span className="code-language">
            <span className="visually-hidden">{labels.language}: </span>
            {language}
          </span>
        ) : null}
        {/* Only the strings the island uses travel to the browser. */}
        <CopyButton
          labels={{ copy: labels.copy, copied: labels.copied, copyFailed: labels.copyFailed }}
          script={script}
        />
      </div>
      {children}
    </figure>
  );
}
