import fs from "node:fs";
import path from "node:path";
import * as fc from "fast-check";
import { transpileTypeScript } from "../transpile";
import type { ExerciseContent } from "./load-catalog";
import * as testKit from "./test-kit";
import type { TestSuite } from "./test-kit";

export type HostFunction = (...args: unknown[]) => unknown;

/** An exercise's trusted code, evaluated on the host of a grading process (never in the web server). */
export interface ExerciseRuntime {
  content: ExerciseContent;
  reference: HostFunction;
  referenceSource: string;
  mistakes: { id: string; title: string; hint: string; run: HostFunction; source: string }[];
  suite: TestSuite;
}

/** Modules an exercise's tests.ts may import. */
const TEST_IMPORTS: Record<string, unknown> = {
  "@/lib/exercises/test-kit": testKit,
  "fast-check": fc,
};

/**
 * Loads the reference, the known mistakes and the hidden tests of one exercise. Throws with the
 * file and reason when any of them is broken: the caller reports it as an author error.
 */
export function loadExerciseRuntime(exercisesDir: string, content: ExerciseContent): ExerciseRuntime {
  const dir = path.join(exercisesDir, content.folder);
  const functionName = content.meta.function.name;
  const referenceSource = fs.readFileSync(path.join(dir, "reference.ts"), "utf8");
  const reference = exportedFunction(evaluateModule(referenceSource, "reference.ts", {}), functionName, "reference.ts");
  const mistakes = content.meta.mistakes.map((mistake) => {
    const file = `mistakes/${mistake.id}.ts`;
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    return { ...mistake, source, run: exportedFunction(evaluateModule(source, file, {}), functionName, file) };
  });
  const testsModule = evaluateModule(fs.readFileSync(path.join(dir, "tests.ts"), "utf8"), "tests.ts", TEST_IMPORTS);
  const suite = (testsModule.default ?? testsModule) as TestSuite;
  if (!Array.isArray(suite.fixed)) throw new Error("tests.ts: the default export must be defineTests({ fixed, random })");
  return { content, reference, referenceSource, mistakes, suite };
}

function exportedFunction(moduleExports: Record<string, unknown>, name: string, file: string): HostFunction {
  const candidate = moduleExports[name];
  if (typeof candidate !== "function") throw new Error(`${file} does not export function ${name}`);
  return candidate as HostFunction;
}

/** Evaluates trusted TypeScript as a CommonJS module with an explicit allow-list of imports. */
export function evaluateModule(source: string, fileName: string, imports: Record<string, unknown>): Record<string, unknown> {
  const transpiled = transpileTypeScript(source, fileName);
  if (!transpiled.ok) {
    throw new Error(`${fileName}:${transpiled.line ?? "?"}:${transpiled.column ?? "?"}: ${transpiled.message}`);
  }
  const module = { exports: {} as Record<string, unknown> };
  const requireAllowed = (specifier: string): unknown => {
    if (specifier in imports) return imports[specifier];
    throw new Error(`${fileName} may not import "${specifier}"`);
  };
  new Function("exports", "require", "module", transpiled.code)(module.exports, requireAllowed, module);
  return module.exports;
}
