/**
 * Whether a path under /api/ can name no API route whatever the ids in it: a trailing slash
 * (what `/api/submissions/..` and `/api/submissions/%2e%2e` become once the URL's dot segments
 * are resolved), an empty segment, or a segment that decodes to `.`, `..`, or carries a slash,
 * a backslash or a NUL (`%2e%2e`, `..%2f`, `%5c`). proxy.ts answers these with the API's JSON
 * 404 instead of letting Next.js redirect them or show its HTML 404 page.
 */
export function isOddApiPath(pathname: string): boolean {
  if (pathname !== "/api" && !pathname.startsWith("/api/")) return false;
  if (pathname.endsWith("/")) return true;
  return pathname
    .slice(1)
    .split("/")
    .some((segment) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return true; // malformed percent-encoding
      }
      return decoded === "" || decoded === "." || decoded === ".." || /[/\\\0]/.test(decoded);
    });
}
