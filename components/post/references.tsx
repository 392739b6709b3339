import type { ReactNode } from 'react';

/** The reference links at the end of a post: a Markdown list of external links. */
export function References({ children }: { children?: ReactNode }) {
  return <div className="references">{children}</div>;
}
