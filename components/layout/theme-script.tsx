'use client';

import { useSyncExternalStore } from 'react';
import { themeScript } from '@/lib/theme';

const noSubscription = () => () => {};

/**
 * The inline script that puts the remembered theme on <html> before the first paint.
 * It is in the server's HTML and kept while the page hydrates; a layout mounted afresh in
 * the browser (the dev server recovering from an error) renders nothing, because a <script>
 * created by React on the client never runs and React warns about it.
 */
export function ThemeScript() {
  const fromServer = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  return fromServer ? <script dangerouslySetInnerHTML={{ __html: themeScript }} /> : null;
}
