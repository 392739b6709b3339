/** An absolute http(s) address that parses. One rule, used by plugins and components alike. */
export function isHttpUrl(value: string | undefined): value is string {
  return !!value && /^https?:\/\//i.test(value) && URL.canParse(value);
}
