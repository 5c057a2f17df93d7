import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** Last panic message of the wasm engine (it writes there before trapping). */
export const panicRegistry = {
  message: "",
  get(): string {
    return this.message;
  },
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
  },
};

let loading: Promise<Glue> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly, once per process.
 *
 * The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which plain
 * Node (tsx, vitest) rejects. So we do what a bundler would: instantiate the .wasm bytes with
 * the wasm-bindgen glue module as the import object, hand the instance to the glue, start it.
 * The glue keeps the instance in module state, so every SchemaEngine shares this one.
 */
export function loadSchemaEngineWasm(): Promise<Glue> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<Glue> {
  // The glue reports panics to this global; without it a panic becomes a TypeError that hides
  // the real message.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await fs.promises.readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}
