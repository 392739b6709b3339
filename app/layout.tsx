import type { ReactNode } from 'react';

/**
 * The real root is app/[locale]/layout.tsx, which knows the language for
 * `<html lang>`. This pass-through exists so that not-found boundaries below
 * it work, and so app/not-found.tsx can answer paths outside every locale.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
