import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleTypeErrors } from "@/lib/exercises/example-type-errors";
import { loadExerciseCatalog } from "@/lib/exercises/load-catalog";

/**
 * Test cases are typed by the reference: tsc (the exercises tsconfig, as `npm run typecheck`
 * runs it) rejects a case whose argument is the wrong type, a misspelled function name and a
 * random generator of the wrong shape; check:exercises rejects such a visible example.
 * Both run on a temporary copy of real exercises, edited one line at a time.
 */
const SOFTMAX = "ml-math/softmax";
const PROJECT = "projects/project-linear-regression";
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "gd-typed-tests-"));
  for (const folder of [SOFTMAX, PROJECT]) {
    fs.cpSync(path.resolve("exercises", folder), path.join(root, "exercises", folder), { recursive: true });
    // The track's shared files (given helpers, reference steps, test data) the exercise imports.
    const track = path.dirname(folder);
    for (const name of fs.readdirSync(path.resolve("exercises", track)).filter((file) => file.endsWith(".ts"))) {
      fs.copyFileSync(path.resolve("exercises", track, name), path.join(root, "exercises", track, name));
    }
  }
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Replaces `from` (exactly once) in a copied file; returns the 1-based line of the change. */
function edit(file: string, from: string, to: string): number {
  const full = path.join(root, "exercises", file);
  const text = fs.readFileSync(full, "utf8");
  const at = text.indexOf(from);
  expect(at, `${from} in ${file}`).toBeGreaterThan(-1);
  expect(text.indexOf(from, at + 1), `${from} once in ${file}`).toBe(-1);
  fs.writeFileSync(full, text.slice(0, at) + to + text.slice(at + from.length));
  return text.slice(0, at).split("\n").length;
}

/** Runs tsc over the copy with the exercises tsconfig (paths, strictness) and returns its errors. */
function typecheckCopy(): { status: number | null; errors: string[] } {
  const config = path.join(root, "tsconfig.json");
  const typeRoots = [path.resolve("node_modules/@types")]; // @types/node for lib/exercises/datasets.ts
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: path.resolve("tsconfig.exercises.json"),
      compilerOptions: { typeRoots },
      include: ["exercises/**/*.ts"],
      exclude: ["exercises/**/mistakes"],
    }),
  ); // mistakes are overrides: lib/cli/typecheck-mistakes.ts checks them assembled
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "--noEmit", "-p", config], { cwd: root, encoding: "utf8" });
  // One entry per error: its "file(line,col): error TS..." line and the indented lines that explain it.
  const errors = run.stdout.split(/\n(?=\S)/).filter((block) => /error TS\d+/.test(block));
  return { status: run.status, errors };
}

describe("typed tests.ts", () => {
  it("tsc fails on the line of a string argument, a misspelled function and a generator of strings, and nowhere else", () => {
    // A number in a fixed case's arguments becomes a string.
    const stringArg = edit(`${SOFTMAX}/tests.ts`, `args: [[-3.7]]`, `args: [["-3.7"]]`);
    // A random generator yields strings where the signature takes numbers: tsc reports it on the
    // suite's first line (`random: {`).
    edit(`${SOFTMAX}/tests.ts`, `.map((v) => v / 100)`, `.map((v) => String(v / 100))`);
    const stringGenerator = edit(`${SOFTMAX}/tests.ts`, `  random: {`, `  random: {`);
    // A multi-function project: a case names a function the reference does not export.
    const misspelled =
      edit(
        `${PROJECT}/tests.ts`,
        `name: "normal: two points give the line through them",\n      function: "fit"`,
        `name: "normal: two points give the line through them",\n      function: "fti"`,
      ) + 1; // tsc reports the line of `function:`, the one after the case's name
    // An expected value of the wrong shape (fit returns { weights, bias, losses }).
    const wrongExpected = edit(`${PROJECT}/tests.ts`, `expected: { weights: [2, -1], bias: 3, losses: [] }`, `expected: { weights: 2, bias: 3, losses: [] }`);

    const { status, errors } = typecheckCopy();
    expect(status).not.toBe(0);
    const at = (file: string, line: number) => errors.filter((error) => error.startsWith(`exercises/${file}/tests.ts(${line},`));
    expect(at(SOFTMAX, stringArg).join("\n")).toMatch(/Type 'string' is not assignable to type 'number'/);
    expect(at(SOFTMAX, stringGenerator).join("\n")).toMatch(/Arbitrary<\[string\[\]\]>.* is not assignable/);
    expect(at(PROJECT, misspelled).join("\n")).toMatch(/"fti"/);
    expect(at(PROJECT, wrongExpected).join("\n")).toMatch(/Type 'number' is not assignable to type 'number\[\]'/);
    const expectedLines = new Set([`${SOFTMAX}:${stringArg}`, `${SOFTMAX}:${stringGenerator}`, `${PROJECT}:${misspelled}`, `${PROJECT}:${wrongExpected}`]);
    const elsewhere = errors.filter((error) => {
      const match = /^exercises\/(.+)\/tests\.ts\((\d+),/.exec(error);
      return !match || !expectedLines.has(`${match[1]}:${match[2]}`);
    });
    expect(elsewhere).toEqual([]);
  }, 120_000);
});

describe("typed examples.json (check:exercises)", () => {
  it("accepts the real examples and names the file, example and argument of a wrong one", () => {
    const exercisesDir = path.join(root, "exercises");
    const before = loadExerciseCatalog(exercisesDir);
    expect(exampleTypeErrors(exercisesDir, before.exercises)).toEqual(new Map());

    edit(`${SOFTMAX}/examples.json`, `"args": [[1, 2, 3]]`, `"args": [[1, "2", 3]]`);
    edit(`${PROJECT}/examples.json`, `{ "method": "gd", "lr": 0.1, "epochs": 2 }`, `{ "method": "sgd", "lr": 0.1, "epochs": 2 }`);
    const after = loadExerciseCatalog(exercisesDir);
    expect(after.problems).toEqual([]);
    const errors = exampleTypeErrors(exercisesDir, after.exercises);
    expect(errors.get(SOFTMAX)).toEqual([`examples.json: example "three logits": argument 1 of softmax: Type 'string' is not assignable to type 'number'.`]);
    expect(errors.get(PROJECT)).toHaveLength(1);
    expect(errors.get(PROJECT)?.[0]).toMatch(
      /^examples\.json: example "two epochs of gradient descent on standardised x": argument 3 of fit: .*'"sgd"' is not assignable to type '"gd" \| "normal"/,
    );
  }, 120_000);
});
