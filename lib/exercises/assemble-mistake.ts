import { splitTopLevelDeclarations, type DeclarationChunk } from "./split-declarations";

/**
 * A known mistake is written as an override of the reference: only the top-level declarations
 * it gets wrong (or adds). This builds the complete wrong solution: the reference, with each
 * declaration the override names replaced by the override's one, in the reference's order; the
 * override's new declarations follow the override declaration they come after in the override
 * (or the reference's header when they come first). A header comment in the override replaces
 * the reference's. The result is graded like any learner's file. A complete file is an
 * override of everything, so it assembles to itself.
 */
export function assembleMistake(referenceSource: string, overrideSource: string): string {
  const reference = splitTopLevelDeclarations(referenceSource);
  const override = splitTopLevelDeclarations(overrideSource);
  const referenceNames = new Set(reference.map((chunk) => chunk.name));
  const replacement = new Map(override.filter((chunk) => chunk.name !== null).map((chunk) => [chunk.name, chunk]));
  // New declarations, keyed by the override declaration (or header, null) they follow.
  const insertedAfter = new Map<string | null, DeclarationChunk[]>();
  let anchor: string | null = null;
  for (const chunk of override) {
    if (chunk.name === null) continue;
    if (referenceNames.has(chunk.name)) anchor = chunk.name;
    else insertedAfter.set(anchor, [...(insertedAfter.get(anchor) ?? []), chunk]);
  }
  const header = override.find((chunk) => chunk.name === null && chunk.text.trim() !== "");
  // A piece put in takes the spacing of the one it replaces (new ones are set apart by a blank line).
  const spacing = (text: string) => /\s*$/.exec(text)?.[0] || "\n";
  const put = (text: string, after: string) => text.trimEnd() + (after.includes("\n") ? after : "\n");
  const pieces: string[] = [];
  for (const chunk of reference) {
    const own = chunk.name === null ? header : replacement.get(chunk.name);
    pieces.push(own ? put(own.text, spacing(chunk.text)) : put(chunk.text, spacing(chunk.text)));
    for (const added of insertedAfter.get(chunk.name) ?? []) pieces.push(put(added.text, "\n\n"));
  }
  if (!referenceNames.has(null)) {
    pieces.unshift(...[...(header ? [header] : []), ...(insertedAfter.get(null) ?? [])].map((chunk) => put(chunk.text, "\n\n")));
  }
  return pieces.join("");
}
