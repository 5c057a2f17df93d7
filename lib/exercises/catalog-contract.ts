import fs from "node:fs";
import path from "node:path";
import { EXERCISES_DIR } from "./paths";
import type { TFunctionSpec } from "./schema";

export interface CatalogEntry {
  id: string;
  /** The exported function names: one for an ordinary row, several for a project row. */
  functionNames: string[];
  /** The signature an ordinary row fixes; null for a project row (names only: signatures are the exercise's). */
  signature: string | null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NAME_LIST = /^`[A-Za-z_$][\w$]*`(\s*,\s*`[A-Za-z_$][\w$]*`)+$/;

/**
 * Parses the curriculum contract, exercises/CATALOG.md: rows of `| id | function | \`signature\` | notes |`,
 * and project rows (track H) of `| id | \`fit\`, \`predict\`, \`evaluate\` | what |`.
 */
export function readCatalogContract(file = path.join(EXERCISES_DIR, "CATALOG.md")): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  // Read at run time from EXERCISES_DIR, never traced into the build output.
  for (const line of fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").split("\n")) {
    // Split on unescaped pipes only: signatures contain `1 \| 2` unions.
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
    if (cells.length < 5 || !/^[a-z0-9-]+$/.test(cells[1] ?? "")) continue;
    if (NAME_LIST.test(cells[2])) {
      const functionNames = cells[2].split(",").map((name) => name.trim().replace(/`/g, ""));
      entries.set(cells[1], { id: cells[1], functionNames, signature: null });
      continue;
    }
    const signature = /^`(.*)`$/.exec(cells[3] ?? "");
    if (!signature || !IDENTIFIER.test(cells[2])) continue;
    entries.set(cells[1], { id: cells[1], functionNames: [cells[2]], signature: signature[1] });
  }
  return entries;
}

/**
 * An ordinary row fixes the function's name and signature; a project row fixes the SET of names
 * (its signatures are the exercise's own design, in exercise.json and the statement).
 */
export function contractErrors(entry: CatalogEntry, functions: TFunctionSpec[]): string[] {
  const names = functions.map((spec) => spec.name);
  if (entry.signature === null) {
    const missing = entry.functionNames.filter((name) => !names.includes(name));
    const extra = names.filter((name) => !entry.functionNames.includes(name));
    if (missing.length === 0 && extra.length === 0) return [];
    const details = [missing.length > 0 ? `missing ${missing.join(", ")}` : "", extra.length > 0 ? `not in the catalog: ${extra.join(", ")}` : ""];
    return [`functions are ${names.join(", ")}; the catalog lists ${entry.functionNames.join(", ")} (${details.filter(Boolean).join("; ")})`];
  }
  if (functions.length !== 1) return [`the catalog row has one function, ${entry.functionNames[0]}; exercise.json must use \`function\`, not \`functions\``];
  const errors: string[] = [];
  if (entry.functionNames[0] !== names[0]) errors.push(`function is "${names[0]}", the catalog says "${entry.functionNames[0]}"`);
  if (entry.signature !== functions[0].signature) errors.push(`signature differs from the catalog's: ${entry.signature}`);
  return errors;
}
