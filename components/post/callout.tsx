import type { ReactNode } from 'react';
import { isCalloutType, type CalloutType } from '@/lib/mdx/plugins/callouts';

export type CalloutLabels = Record<CalloutType, string>;

export interface CalloutProps {
  children?: ReactNode;
  /** note, tip, important, warning or caution (the content check refuses others). */
  type?: string;
  /** Replaces the type's name as the visible title; the name stays for screen readers. */
  title?: string;
}

/** Drawn for this blog; 16×16, stroked in the text's colour. */
const ICONS: Record<CalloutType, ReactNode> = {
  note: (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 7.25v4M8 4.75v.25" />
    </>
  ),
  tip: <path d="M6 12.25h4M6.75 14.5h2.5M8 1.75a4.25 4.25 0 0 0-2.25 7.86v2.64h4.5V9.61A4.25 4.25 0 0 0 8 1.75z" />,
  important: (
    <>
      <path d="M1.75 2.25h12.5v8.5h-7l-3.25 3v-3H1.75z" />
      <path d="M8 4.5v3.25M8 9.25v.25" />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.75 14.75 14H1.25z" />
      <path d="M8 6.25v3.75M8 11.75v.25" />
    </>
  ),
  caution: (
    <>
      <path d="M5.25 1.5h5.5l3.75 3.75v5.5l-3.75 3.75h-5.5L1.5 10.75v-5.5z" />
      <path d="M8 4.75v3.75M8 10.75v.25" />
    </>
  ),
};

/**
 * A note set apart from the text: `> [!NOTE]` in Markdown (lib/mdx/plugins/callouts.ts)
 * or `<Callout type="warning" title="…">`. role="note" because it is static, ancillary
 * content: role="alert" would interrupt a screen reader for text that is always there,
 * and <aside> would add a complementary landmark per callout. The title names the type in
 * words, so neither the icon (decorative) nor the colour is the only signal.
 */
export function Callout({ children, type, title, labels }: CalloutProps & { labels: CalloutLabels }) {
  const kind: CalloutType = isCalloutType(type) ? type : 'note';
  return (
    <div className={`callout callout-${kind}`} role="note">
      <p className="callout-title">
        <svg
          className="callout-icon"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
          focusable="false"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {ICONS[kind]}
        </svg>
        {title ? (
          <>
            <span className="visually-hidden">{labels[kind]}: </span>
            {title}
          </>
        ) : (
          labels[kind]
        )}
      </p>
      {children}
    </div>
  );
}
