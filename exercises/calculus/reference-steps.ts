/**
 * Reference steps several references of this track share (`import { ... } from "../reference-steps"`).
 * Hidden like the references: the loader puts each imported step into the reference that imports it
 * (lib/exercises/assemble-reference.ts), so a reference still runs, and is overridden by a known
 * mistake, as one self-contained file.
 */

/** The weight of interior point i: 4 at odd i (midpoints of the panels), 2 at even i (panel ends). */
export function simpsonWeight(i: number): number {
  return i % 2 === 1 ? 4 : 2;
}
