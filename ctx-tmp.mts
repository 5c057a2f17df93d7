import ivm from "/work/main/node_modules/isolated-vm/isolated-vm.js";
import { PRELUDE_SOURCE } from "/work/main/grader/prelude";
const iso = new ivm.Isolate({ memoryLimit: 64 });
const prelude = iso.compileScriptSync(PRELUDE_SOURCE, { filename: "prelude.js" });
const c: number[] = [];
for (let i = 0; i < 3000; i++) { const t = performance.now(); const ctx = iso.createContextSync(); prelude.runSync(ctx); c.push(performance.now() - t); ctx.release(); }
c.sort((x, y) => x - y);
const ctx = iso.createContextSync();
console.log("ctx+prelude p50", c[1500].toFixed(3), "p10", c[300].toFixed(3), "wasm:", ctx.evalSync("typeof WebAssembly"), "heap/ctx KB", ((iso.getHeapStatisticsSync().used_heap_size) / 1024).toFixed(0));
