/**
 * Where to go after signing in: a path on this site only. "//evil.example" and "/\evil.example"
 * are protocol-relative URLs to another site in browsers, so they fall back to the catalog.
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.length > 500) return "/";
  return path;
}
