export interface SecurityHeader {
  key: string;
  value: string;
}

/**
 * `dev` allows what the development server needs (inline scripts, eval); `wasm` lets the page
 * compile WebAssembly (search).
 */
export interface PolicyOptions {
  dev?: boolean;
  wasm?: boolean;
}

/** The CSP source (`'sha256-…'`) that allows exactly the inline theme script. */
export const themeScriptHash: string;

/** The Content-Security-Policy value. */
export function contentSecurityPolicy(options?: PolicyOptions): string;

/** Every security header, as next.config.mjs `headers()` wants them. */
export function securityHeaders(options?: PolicyOptions): SecurityHeader[];
