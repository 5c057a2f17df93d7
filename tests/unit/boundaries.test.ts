import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves that every boundary rule of .dependency-cruiser.cjs bites: a temporary copy of the
// source tree gets one violating import per rule, and `npm run lint:boundaries` (the command
// `npm run lint` runs) must fail and name each rule at the file that broke it. The real tree is
// never touched; `npm run lint` itself shows the real tree passes.

const ROOT = path.resolve(import.meta.dirname, "../..");
const COPIED = ["app", "lib", "grader", "tests", "prisma", "proxy.ts", "tsconfig.json", "package.json", ".dependency-cruiser.cjs"];
const run = promisify(execFile);

/** One violating import per rule: [rule, file that gets the import, the import]. */
const VIOLATIONS: [rule: string, file: string, line: string][] = [
  ["isolated-vm-only-in-grader", "lib/submissions/submit-solution.ts", 'import "isolated-vm";'],
  ["app-not-to-data-layer", "app/layout.tsx", 'import "@/lib/db/client";'],
  ["grading-processes-never-load-prisma", "grader/diagnose.ts", 'import "@prisma/client";'],
  ["production-not-to-tests", "lib/errors.ts", 'import "../tests/db/helpers";'],
  ["no-folder-cycles", "lib/courses/actor.ts", 'import "../problem-sets/submission-policy";'],
  ["no-file-cycles", "app/teach/_components/status-actions.tsx", 'import "./problem-set-editor";'],
];

let copy: string;

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "gd-boundaries-"));
  for (const entry of COPIED) {
    fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}generated`),
    });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
  for (const [, file, line] of VIOLATIONS) fs.appendFileSync(path.join(copy, file), `\n${line}\n`);
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

describe("npm run lint:boundaries", () => {
  it("fails on a copy of the tree with one violating import per rule, naming each rule at its file", async () => {
    const failure = await run("npm", ["run", "-s", "lint:boundaries"], { cwd: copy, maxBuffer: 10_000_000 }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure, "lint:boundaries passed on a tree with violations").not.toBeNull();
    expect(failure!.code).not.toBe(0);
    for (const [rule, file] of VIOLATIONS) {
      const reported = failure!.stdout.split(/\n(?=\s*error )/).filter((block) => block.includes(`error ${rule}:`));
      expect(reported.length, `${rule} was not reported`).toBeGreaterThan(0);
      const culprit = rule === "no-folder-cycles" ? path.dirname(file) : file;
      expect(reported.join("\n"), `${rule} did not name ${culprit}`).toContain(culprit);
    }
  });
});
