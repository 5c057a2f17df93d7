import type * as Monaco from "monaco-editor";

/** What the sandbox gives learner code besides ES2022: a console whose output is captured. */
const SANDBOX_GLOBALS = `
interface GdConsole {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
  debug(...values: unknown[]): void;
  table(...values: unknown[]): void;
  dir(...values: unknown[]): void;
}
declare var console: GdConsole;
`;

let configured = false;

/**
 * Points Monaco at its bundled workers (never a CDN) and sets up TypeScript like the grader's
 * world: strict, ES2022 without the DOM (the sandbox has no window or document). Type errors
 * show as squiggles but never block grading (the grader only strips types).
 */
export function configureMonaco(monaco: typeof Monaco): void {
  if (configured) return;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === "typescript" || label === "javascript") {
        return new Worker(new URL("./ts.worker.ts", import.meta.url), { type: "module", name: "typescript" });
      }
      return new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module", name: "editor" });
    },
  };
  const typescript = monaco.typescript;
  typescript.typescriptDefaults.setCompilerOptions({
    target: typescript.ScriptTarget.ESNext,
    module: typescript.ModuleKind.ESNext,
    lib: ["es2022"],
    strict: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    allowNonTsExtensions: true,
  });
  typescript.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false, noSuggestionDiagnostics: false });
  typescript.typescriptDefaults.addExtraLib(SANDBOX_GLOBALS, "file:///sandbox-globals.d.ts");
  // Sync the model to the worker at once so squiggles appear as soon as the editor opens.
  typescript.typescriptDefaults.setEagerModelSync(true);
}
