import fs from "node:fs";
import path from "node:path";
import * as fc from "fast-check";
import { transpileTypeScript } from "./transpile";
import { assembleMistake } from "./assemble-mistake";
import { assembleReference } from "./assemble-reference";
import { compileGivens } from "./compile-givens";
import * as datasets from "./datasets";
import type { ExerciseContent } from "./load-catalog";
import { readSharedImports } from "./read-shared-imports";
import { entryFunctions, resolveCaseFunction, type TMistake } from "./schema";
import * as testKit from "./test-kit";
import type { RandomCases, TestSuite } from "./test-kit";

import type { HostFunction } from "./host-function";

export type { HostFunction };

/** An exercise's trusted code, evaluated on the host of a grading process (never in the web server). */
export interface ExerciseRuntime {
  content: ExerciseContent;
  /** The reference's exported functions, by name: every function of the exercise. */
  reference: Record<string, HostFunction>;
  /** reference.ts with its shared steps put in (assembleReference): self-contained, as the sandbox runs it. */
  referenceSource: string;
  /**
   * Each known mistake as a complete wrong solution (the reference with the override file's
   * declarations put in, see assembleMistake): it exports every function too.
   */
  mistakes: (TMistake & { run: Record<string, HostFunction>; source: string })[];
  /** The given helpers' script for the sandbox (null when none): run in each fresh context before the learner's module. */
  givenScript: string | null;
  suite: TestSuite;
  /** The random generators, each with the function it calls (one entry per suite). */
  randomSuites: (RandomCases & { function: string })[];
}

/** Modules an exercise's tests.ts may import. */
const TEST_IMPORTS: Record<string, unknown> = {
  "@/lib/exercises/test-kit": testKit,
  "@/lib/exercises/datasets": datasets,
  "fast-check": fc,
};

/**
 * Loads the reference, the known mistakes and the hidden tests of one exercise. Throws with the
 * file and reason when any of them is broken: the caller reports it as an author error.
 */
export function loadExerciseRuntime(exercisesDir: string, content: ExerciseContent): ExerciseRuntime {
  const dir = path.join(exercisesDir, content.folder);
  const names = entryFunctions(content.meta).map((spec) => spec.name);
  const givens = compileGivens(content.given);
  const referenceSource = assembleReference(exercisesDir, path.join(dir, "reference.ts"));
  const reference = exportedFunctions(evaluateModule(referenceSource, "reference.ts", {}, givens.host), names, "reference.ts");
  const mistakes = content.meta.mistakes.map((mistake) => {
    const file = `mistakes/${mistake.id}.ts`;
    const source = assembleMistake(referenceSource, fs.readFileSync(path.join(dir, file), "utf8"));
    return { ...mistake, source, run: exportedFunctions(evaluateModule(source, file, {}, givens.host), names, file) };
  });
  const testsFile = path.join(dir, "tests.ts");
  const testsSource = fs.readFileSync(testsFile, "utf8");
  // Test-data builders several exercises share (../test-data): trusted host code like tests.ts.
  const testImports = { ...TEST_IMPORTS };
  for (const shared of readSharedImports(exercisesDir, testsFile, testsSource, "tests")) {
    testImports[shared.specifier] = evaluateModule(fs.readFileSync(shared.file, "utf8"), path.relative(exercisesDir, shared.file), TEST_IMPORTS);
  }
  const testsModule = evaluateModule(testsSource, "tests.ts", testImports);
  const suite = (testsModule.default ?? testsModule) as TestSuite;
  if (!Array.isArray(suite.fixed)) throw new Error("tests.ts: the default export must be defineTests({ fixed, random })");
  const resolve = (declared: string | undefined, label: string): string => {
    const resolved = resolveCaseFunction(names, declared);
    if ("error" in resolved) throw new Error(`tests.ts: ${label}: ${resolved.error}`);
    return resolved.name;
  };
  suite.fixed.forEach((fixed) => resolve(fixed.function, `fixed case "${fixed.name}"`));
  const randomSuites = (suite.random === undefined ? [] : Array.isArray(suite.random) ? suite.random : [suite.random]).map((random, index) => ({
    ...random,
    function: resolve(random.function, `random suite ${index + 1}`),
  }));
  return { content, reference, referenceSource, mistakes, suite, randomSuites, givenScript: givens.sandboxScript };
}

function exportedFunctions(moduleExports: Record<string, unknown>, names: string[], file: string): Record<string, HostFunction> {
  const functions: Record<string, HostFunction> = {};
  for (const name of names) {
    const candidate = moduleExports[name];
    if (typeof candidate !== "function") throw new Error(`${file} does not export function ${name}`);
    functions[name] = candidate as HostFunction;
  }
  return functions;
}

/**
 * Evaluates trusted TypeScript as a CommonJS module with an explicit allow-list of imports.
 * `globals` are in scope as parameters (the given helpers): a declaration of the same name in
 * the file shadows them, as in the sandbox.
 */
export function evaluateModule(
  source: string,
  fileName: string,
  imports: Record<string, unknown>,
  globals: Record<string, unknown> = {},
): Record<string, unknown> {
  const transpiled = transpileTypeScript(source, fileName);
  if (!transpiled.ok) {
    throw new Error(`${fileName}:${transpiled.line ?? "?"}:${transpiled.column ?? "?"}: ${transpiled.message}`);
  }
  const commonJsModule = { exports: {} as Record<string, unknown> };
  const requireAllowed = (specifier: string): unknown => {
    if (specifier in imports) return imports[specifier];
    throw new Error(`${fileName} may not import "${specifier}"`);
  };
  const globalNames = Object.keys(globals);
  new Function("exports", "require", "module", ...globalNames, transpiled.code)(
    commonJsModule.exports,
    requireAllowed,
    commonJsModule,
    ...globalNames.map((name) => globals[name]),
  );
  return commonJsModule.exports;
}
