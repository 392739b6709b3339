export interface SecurityHeader {
  key: string;
  value: string;
}

/** The Content-Security-Policy value; `dev` allows what the development server needs. */
export function contentSecurityPolicy(options?: { dev?: boolean }): string;

/** Every security header, as next.config.mjs `headers()` wants them. */
export function securityHeaders(options?: { dev?: boolean }): SecurityHeader[];
