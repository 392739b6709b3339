/**
 * Runs once when a Next.js server starts. A production server reads content/ only for its
 * routing table (which paths are pages, which are old aliases); if that content cannot be
 * read, the server stops here with the reason instead of answering 500 on every request or
 * serving a site with pages missing. The dev server keeps running and shows the problem in
 * the page, so the author can fix it and reload.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // TRACE and `OPTIONS *` would be a 500 from Next itself (lib/http-guard.ts).
  const { installEarlyAnswers } = await import('./lib/http-guard');
  if (process.env.NODE_ENV !== 'production') return installEarlyAnswers();
  const { checkContentAtStart } = await import('./lib/startup');
  const { routing } = await import('./lib/content/tree');
  checkContentAtStart();
  // Known pages skip the proxy (proxy.ts's matcher); the table is the one the proxy routes with.
  installEarlyAnswers(routing);
}
