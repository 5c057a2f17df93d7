import fs from "node:fs";
import path from "node:path";
import { EXERCISES_DIR } from "./paths";

export interface CatalogEntry {
  id: string;
  functionName: string;
  signature: string;
}

/**
 * Parses the curriculum contract, exercises/CATALOG.md: rows of `| id | function | \`signature\` | notes |`.
 * Project rows (several functions) are skipped: they have no single signature.
 */
export function readCatalogContract(file = path.join(EXERCISES_DIR, "CATALOG.md")): Map<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    // Split on unescaped pipes only: signatures contain `1 \| 2` unions.
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
    if (cells.length < 5 || !/^[a-z0-9-]+$/.test(cells[1] ?? "")) continue;
    const signature = /^`(.*)`$/.exec(cells[3] ?? "");
    if (!signature || !/^[A-Za-z_$][\w$]*$/.test(cells[2])) continue;
    entries.set(cells[1], { id: cells[1], functionName: cells[2], signature: signature[1] });
  }
  return entries;
}
