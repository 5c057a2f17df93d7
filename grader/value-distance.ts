/**
 * The largest absolute difference between two decoded values of the same shape: 0 for equal
 * values (NaN equals NaN, an infinity equals itself), Infinity when the shapes or types differ
 * or when only one side is NaN or infinite. Objects are walked by the first value's keys.
 */
export function valueDistance(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
    if (a === b) return 0;
    return Number.isFinite(a) && Number.isFinite(b) ? Math.abs(a - b) : Infinity;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return Infinity;
    let worst = 0;
    for (let i = 0; i < a.length && worst !== Infinity; i++) worst = Math.max(worst, valueDistance(a[i], b[i]));
    return worst;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    let worst = 0;
    for (const key of Object.keys(a)) {
      if (!(key in b)) return Infinity;
      worst = Math.max(worst, valueDistance((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
    }
    return worst;
  }
  return a === b ? 0 : Infinity;
}
