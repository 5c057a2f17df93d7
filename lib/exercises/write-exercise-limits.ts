import fs from "node:fs";
import type { TLimits } from "./schema";

/**
 * Stores an exercise's limits in its exercise.json as one line after `comparison`, leaving the
 * hand-written rest of the file as it is (a JSON round trip would reformat it all).
 */
export function writeExerciseLimits(file: string, limits: TLimits): void {
  const text = fs.readFileSync(file, "utf8");
  const line = `"limits": { "callMs": ${limits.callMs}, "submissionMs": ${limits.submissionMs}, "robustnessMs": ${limits.robustnessMs} }`;
  let next: string;
  if (/^(\s*)"limits": \{[^}]*\}/m.test(text)) next = text.replace(/^(\s*)"limits": \{[^}]*\}/m, (_, indent: string) => indent + line);
  else if (/^(\s*)"comparison": \{[^}]*\},?$/m.test(text)) {
    next = text.replace(
      /^(\s*)"comparison": \{[^}]*\},?$/m,
      (match: string, indent: string) => `${match.endsWith(",") ? match : match + ","}\n${indent}${line}${match.endsWith(",") ? "," : ""}`,
    );
  } else throw new Error(`${file}: no one-line "comparison" to put "limits" after`);
  JSON.parse(next); // never write a broken file
  fs.writeFileSync(file, next);
}
