import fs from "node:fs";
import path from "node:path";
import { readSharedImports } from "./read-shared-imports";
import { splitTopLevelDeclarations, type DeclarationChunk } from "./split-declarations";

/** `export ` in front of a top-level declaration: dropped when the declaration is put into a reference. */
const EXPORT_PREFIX = /^export\s+(?=(?:declare\s+)?(?:async\s+)?(?:function|const|let|var|class|type|interface|enum)\b)/m;

/**
 * An exercise's reference as one self-contained file, as the sandbox and the known mistakes need
 * it: each `import { a } from "../reference-steps"` is replaced by the declarations it names, and
 * the ones they use from the same file, in that file's order. A shared step is written once in
 * its track's reference-steps.ts yet every reference still reads, runs and is overridden (a known
 * mistake may replace a shared step) as if it were written out in it. A reference without such
 * imports is returned as it is.
 */
export function assembleReference(exercisesDir: string, referenceFile: string): string {
  const source = fs.readFileSync(referenceFile, "utf8");
  let assembled = source;
  for (const shared of readSharedImports(exercisesDir, referenceFile, source, "reference")) {
    const steps = path.relative(exercisesDir, shared.file);
    const chunks = splitTopLevelDeclarations(fs.readFileSync(shared.file, "utf8"));
    if (chunks.some((chunk) => chunk.name === null && /^\s*import\s/m.test(chunk.text))) {
      throw new Error(`${steps} may not import: reference steps use only the language and the exercise's givens`);
    }
    const needed = stepsNeeded(chunks, shared.names, steps);
    const text = chunks
      .filter((chunk) => chunk.name !== null && needed.has(chunk.name))
      .map((chunk) => chunk.text.replace(EXPORT_PREFIX, "").trimEnd())
      .join("\n\n");
    assembled = assembled.replace(shared.statement, text);
  }
  return assembled;
}

/** The named steps and, transitively, the other steps of the file their code mentions. */
function stepsNeeded(chunks: DeclarationChunk[], names: string[], steps: string): Set<string> {
  const byName = new Map(chunks.filter((chunk) => chunk.name !== null).map((chunk) => [chunk.name as string, chunk.text]));
  const needed = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (needed.has(name)) continue;
    const text = byName.get(name);
    if (text === undefined) throw new Error(`${steps} has no top-level declaration "${name}"`);
    needed.add(name);
    for (const other of byName.keys()) if (other !== name && new RegExp(`\\b${other.replace(/\$/g, "\\$")}\\b`).test(text)) pending.push(other);
  }
  return needed;
}
