/** The join code when a return path is a join link (/join/<code>), else null. */
export function joinCodeOf(returnPath: string): string | null {
  const match = /^\/join\/([^/?#]+)$/.exec(returnPath);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
