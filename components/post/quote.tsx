import type { ReactNode } from 'react';
import { isHttpUrl } from '@/lib/urls';

/** Markdown `>` blockquotes. */
export function Blockquote({ children }: { children?: ReactNode }) {
  return <blockquote className="quote">{children}</blockquote>;
}

export interface QuoteProps {
  children?: ReactNode;
  /** Who said it. */
  author?: string;
  /** Where it was said: a URL (linked) or the name of a work. */
  cite?: string;
}

/** An attributed quotation: `<Quote author="…" cite="https://…">…</Quote>`. */
export function Quote({ children, author, cite }: QuoteProps) {
  const citeUrl = isHttpUrl(cite) ? cite : undefined;
  const source = citeUrl ? (
    <a href={citeUrl} rel="noopener noreferrer">
      {author ? <cite>{author}</cite> : <cite>{new URL(citeUrl).hostname}</cite>}
    </a>
  ) : null;
  return (
    <figure className="quote-figure">
      <blockquote className="quote" cite={citeUrl}>
        {children}
      </blockquote>
      {author || cite ? (
        <figcaption>
          {'— '}
          {source ?? (
            <>
              {author}
              {author && cite ? ', ' : null}
              {cite ? <cite>{cite}</cite> : null}
            </>
          )}
        </figcaption>
      ) : null}
    </figure>
  );
}
