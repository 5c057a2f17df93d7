/**
 * Visible examples (examples.json) are JSON, which tsc cannot type. check:exercises types them
 * anyway: each example becomes a few lines of a virtual TypeScript file next to the reference,
 * one per argument (checked against that parameter of the function the example calls, the same
 * CaseArgs type tests.ts cases use), one for the number of arguments and one for `expected`
 * (the return type). The compiler's errors are mapped back to the example and argument.
 * Author tooling only (it loads the TypeScript compiler): never imported by the app or the grader.
 */
import path from "node:path";
import ts from "typescript";
import type { ExerciseContent } from "./load-catalog";
import { APP_ROOT } from "./paths";
import { entryFunctions, resolveCaseFunction } from "./schema";
import { isFunctionMarker, isRngMarker } from "./values";

const TEST_KIT = path.join(APP_ROOT, "lib", "exercises", "test-kit.ts");
const CHECK_FILE = "examples-typecheck.ts";

interface CheckedLine {
  folder: string;
  example: string;
  what: string;
}

/** Type errors of every example of these exercises, by folder ("examples.json: example ...: ..."). */
export function exampleTypeErrors(exercisesDir: string, exercises: ExerciseContent[]): Map<string, string[]> {
  const files = new Map<string, { text: string; lines: Map<number, CheckedLine> }>();
  for (const exercise of exercises) files.set(path.join(exercisesDir, exercise.folder, CHECK_FILE), virtualFile(exercise));

  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(APP_ROOT, "tsconfig.exercises.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.exercises.json could not be read");
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => files.get(path.resolve(file))?.text ?? readFile(file);
  host.fileExists = (file) => files.has(path.resolve(file)) || fileExists(file);
  const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true }, host);

  const errors = new Map<string, string[]>();
  for (const [file, { lines }] of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const reported = new Set<number>();
    for (const diagnostic of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line = diagnostic.start === undefined ? -1 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
      if (reported.has(line)) continue; // one error per checked argument is enough
      reported.add(line);
      const checked = lines.get(line);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ").slice(0, 300);
      const folder = checked?.folder ?? path.relative(exercisesDir, path.dirname(file));
      const text = checked
        ? `examples.json: example "${checked.example}": ${checked.what}: ${message}`
        : `examples.json: the examples could not be type-checked against reference.ts: ${message}`;
      errors.set(folder, [...(errors.get(folder) ?? []), text]);
    }
  }
  return errors;
}

/** The virtual file of one exercise: line numbers map back to what each line checks. */
function virtualFile(exercise: ExerciseContent): { text: string; lines: Map<number, CheckedLine> } {
  const names = entryFunctions(exercise.meta).map((spec) => spec.name);
  const out = [`import type { CaseArgs } from ${JSON.stringify(TEST_KIT.replace(/\.ts$/, ""))};`, `import type * as Reference from "./reference";`];
  const lines = new Map<number, CheckedLine>();
  const check = (code: string, example: string, what: string) => {
    lines.set(out.length, { folder: exercise.folder, example, what });
    out.push(code);
  };
  exercise.examples.forEach((example, index) => {
    const resolved = resolveCaseFunction(names, example.function);
    if ("error" in resolved) return; // the loader reports it
    const fn = `typeof Reference[${JSON.stringify(resolved.name)}]`;
    const args = `CaseArgs<${fn}>`;
    example.args.forEach((arg, position) => {
      check(`const e${index}a${position}: ${args}[${position}] = ${literal(arg)};`, example.name, `argument ${position + 1} of ${resolved.name}`);
    });
    check(`const e${index}n: ${args}["length"] = ${example.args.length};`, example.name, `${example.args.length} arguments passed to ${resolved.name}`);
    if (!example.throws)
      check(`const e${index}x: ReturnType<${fn}> = ${literal(example.expected)};`, example.name, `expected (the return type of ${resolved.name})`);
  });
  return { text: out.join("\n") + "\n", lines };
}

/** A decoded example value as a TypeScript expression (non-finite numbers, undefined, markers). */
function literal(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : value === Infinity ? "Infinity" : value === -Infinity ? "-Infinity" : String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isFunctionMarker(value) || isRngMarker(value)) return JSON.stringify(value);
  if (typeof value === "object" && value !== null) {
    return `{ ${Object.entries(value)
      .map(([key, entry]) => `${JSON.stringify(key)}: ${literal(entry)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}
