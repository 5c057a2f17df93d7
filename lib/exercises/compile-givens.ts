import { transpileTypeScript } from "./transpile";
import type { HostFunction } from "./host-function";
import type { GivenFile } from "./read-givens";

/** An exercise's given helpers, ready for both sides of a grading process. */
export interface CompiledGivens {
  /** The helpers as host functions, in scope for the reference and the mistakes. */
  host: Record<string, HostFunction>;
  /**
   * A plain script that declares the helpers as globals of a sandbox context (run after the
   * prelude, before the learner's module); null when the exercise has none. A learner file that
   * declares a function of the same name (an old draft with its own copy) shadows it.
   */
  sandboxScript: string | null;
}

/** Transpiles an exercise's given files once per grading process (at load, never per job). */
export function compileGivens(givens: GivenFile[]): CompiledGivens {
  if (givens.length === 0) return { host: {}, sandboxScript: null };
  const scripts = givens.map((given) => {
    const transpiled = transpileTypeScript(given.source, given.file);
    if (!transpiled.ok) throw new Error(`${given.file}:${transpiled.line ?? "?"}:${transpiled.column ?? "?"}: ${transpiled.message}`);
    return transpiled.code;
  });
  // One scope for all the files, as in the sandbox where they are globals of one context.
  const sandboxScript = scripts.join("\n");
  const names = givens.flatMap((given) => given.names);
  const host = new Function(`${sandboxScript}\nreturn { ${names.join(", ")} };`)() as Record<string, HostFunction>;
  for (const name of names) if (typeof host[name] !== "function") throw new Error(`given function ${name} did not load`);
  return { host, sandboxScript };
}
