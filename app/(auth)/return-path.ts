/**
 * Where to go after signing in: a path on this site only. "//evil.example" and "/\evil.example"
 * are protocol-relative URLs to another site in browsers, and browsers drop tabs and newlines
 * from URLs ("/\t/evil.example" becomes "//evil.example"), so anything with a control character
 * or a backslash, or that resolves to another origin, falls back to the catalog.
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.length > 500 || /[\x00-\x1f\x7f\\]/.test(path)) return "/";
  const base = "http://return.invalid";
  const resolved = new URL(path, base);
  return resolved.origin === base && !path.startsWith("//") ? path : "/";
}
