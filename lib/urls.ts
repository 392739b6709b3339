/** An absolute http(s) address that parses. One rule, used by plugins and components alike. */
export function isHttpUrl(value: string | undefined): value is string {
  return !!value && /^https?:\/\//i.test(value) && URL.canParse(value);
}

/**
 * The scheme of a URL that would run code or smuggle content when followed
 * (`javascript:`, `data:`, `vbscript:`), else undefined. Browsers ignore
 * whitespace and control characters inside a scheme, so this does too.
 */
export function unsafeScheme(value: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, ''))?.[1]?.toLowerCase();
  return scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' ? scheme : undefined;
}

/** `path` (or any address) resolved against the site's origin, as a string: canonical links, feeds, JSON-LD. */
export function absoluteUrl(path: string, origin: URL | string): string {
  return new URL(path, origin).toString();
}
