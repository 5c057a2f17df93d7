import fs from "node:fs";
import path from "node:path";

/**
 * The files exercises share besides givens, each with the one kind of exercise file that may
 * import it: a reference imports steps several references take (`../reference-steps`), a tests.ts
 * imports test-data builders (`../test-data`). Both are hidden from learners like the files that
 * import them, and hashed with every exercise that imports them (a change is a new graded version).
 */
export const SHARED_FILES = { reference: "reference-steps.ts", tests: "test-data.ts" } as const;

export interface SharedImport {
  /** The statement as written, e.g. `import { shapeOf } from "../reference-steps";`. */
  statement: string;
  /** The module specifier as written, e.g. "../reference-steps". */
  specifier: string;
  /** Absolute path of the shared file. */
  file: string;
  /** The imported names (type-only names included). */
  names: string[];
}

/** A relative import, one statement per line (the formatter may break long name lists). */
const RELATIVE_IMPORT = /^import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*"(\.{1,2}\/[^"]+)";?[ \t]*$/gm;

/**
 * The relative imports of an exercise file, each resolved and checked: it must name a shared file
 * of the right kind under exercises/ and import plain names (no renaming, no default). Throws
 * with the file and the reason otherwise: the caller reports an author error.
 */
export function readSharedImports(exercisesDir: string, file: string, source: string, kind: keyof typeof SHARED_FILES): SharedImport[] {
  const label = path.relative(exercisesDir, file);
  const allowed = SHARED_FILES[kind];
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) => {
    const [statement, list, specifier] = match;
    const resolved = path.resolve(path.dirname(file), specifier.endsWith(".ts") ? specifier : `${specifier}.ts`);
    const inside = !path.relative(exercisesDir, resolved).startsWith("..");
    if (!inside || path.basename(resolved) !== allowed) {
      throw new Error(`${label} may import relatively only from a ${allowed} under exercises/ (got "${specifier}")`);
    }
    if (!fs.existsSync(resolved)) throw new Error(`${label}: "${specifier}" does not exist`);
    const names = list
      .split(",")
      .map((name) => name.replace(/^\s*type\s+/, "").trim())
      .filter((name) => name !== "");
    const renamed = names.find((name) => !/^[A-Za-z_$][\w$]*$/.test(name));
    if (renamed) throw new Error(`${label}: import "${renamed}" from "${specifier}" by its own name (no "as")`);
    return { statement, specifier, file: resolved, names };
  });
}
