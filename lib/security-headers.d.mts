export interface SecurityHeader {
  key: string;
  value: string;
}

/**
 * `dev` allows what the development server needs; `wasm` lets the page compile WebAssembly
 * (search); `hydrates` allows the inline scripts of a page that keeps the framework.
 */
export interface PolicyOptions {
  dev?: boolean;
  wasm?: boolean;
  hydrates?: boolean;
}

/** The CSP source (`'sha256-…'`) that allows exactly the inline theme script. */
export const themeScriptHash: string;

/** The Content-Security-Policy value. */
export function contentSecurityPolicy(options?: PolicyOptions): string;

/** Every security header, as next.config.mjs `headers()` wants them. */
export function securityHeaders(options?: PolicyOptions): SecurityHeader[];
