// @ts-check
/**
 * The one form paths are compared in, by the server on a request (lib/server/answers.mjs) and by
 * the build on the paths it writes down (aliases, internal links): dot segments resolved as the
 * URL standard does (`%2e%2e` is `..`), percent-escapes decoded, Unicode NFC, no trailing slash.
 * Plain JavaScript: server.mjs runs it with Node alone.
 * @param {string} pathname
 * @returns {string}
 */
export function canonicalPath(pathname) {
  let resolved = pathname;
  try {
    // Prefixed with an origin, so a path starting with `//` stays a path.
    resolved = new URL(`http://blog${pathname}`).pathname;
  } catch {
    // not a path a URL can hold: compared as it came
  }
  try {
    resolved = decodeURIComponent(resolved);
  } catch {
    // a malformed escape: compared undecoded
  }
  const trimmed = resolved.length > 1 ? resolved.replace(/\/+$/, '') : resolved;
  return trimmed.normalize('NFC');
}
