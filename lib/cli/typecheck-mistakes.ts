/**
 * npm run typecheck (its last step): type-checks every known mistake as the grader sees it.
 * A mistake file is an override of its reference (only the declarations it gets wrong), so it
 * does not compile alone: tsconfig.exercises.json leaves mistakes/ out, and this checks each
 * assembled mistake (assembleMistake) in one TypeScript program with the other exercise files.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { assembleReference } from "../exercises/assemble-reference";
import { assembleMistake } from "../exercises/assemble-mistake";
import { loadExerciseCatalog } from "../exercises/load-catalog";
import { APP_ROOT, EXERCISES_DIR } from "../exercises/paths";

function main(): number {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(APP_ROOT, "tsconfig.exercises.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!parsed) return 2;
  // Each mistake's path serves its assembled text: the override put into the reference.
  const assembled = new Map<string, string>();
  for (const exercise of loadExerciseCatalog(EXERCISES_DIR).exercises) {
    const dir = path.join(EXERCISES_DIR, exercise.folder);
    const reference = assembleReference(EXERCISES_DIR, path.join(dir, "reference.ts"));
    for (const mistake of exercise.meta.mistakes) {
      const file = path.join(dir, "mistakes", `${mistake.id}.ts`);
      assembled.set(path.resolve(file), assembleMistake(reference, fs.readFileSync(file, "utf8")));
    }
  }
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = assembled.get(path.resolve(fileName));
    return text !== undefined ? ts.createSourceFile(fileName, text, languageVersion) : getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...assembled.keys()], options: parsed.options, host });
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file && assembled.has(path.resolve(diagnostic.file.fileName)));
  for (const diagnostic of diagnostics) {
    const file = diagnostic.file as ts.SourceFile;
    const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const text = file.text.split("\n")[line]?.trim() ?? "";
    console.log(
      `${path.relative(APP_ROOT, file.fileName)} (assembled with reference.ts) ${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}\n    ${text}`,
    );
  }
  if (diagnostics.length === 0) console.log(`typecheck-mistakes: ${assembled.size} assembled mistakes type-check`);
  return diagnostics.length === 0 ? 0 : 1;
}

process.exit(main());
