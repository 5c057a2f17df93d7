/**
 * postinstall, step 1: settle which Node 24 runs the project, and check that the native modules
 * load in it.
 *
 * The project runs on Node 24 LTS (isolated-vm 7 needs it). npm scripts put node_modules/.bin
 * first on PATH, so the `node` linked there by the optional dependency node-linux-<arch> (the
 * official binary, from the npm registry) runs everything when the system's Node is older.
 * Where the system's Node is already 24, that link is removed and the system's Node is used.
 *
 * Nothing compiles: isolated-vm 7 (built for Node 24's ABI), better-sqlite3 13 and argon2
 * (N-API) load binaries shipped inside their npm packages. The check below turns a module that
 * does not load in the chosen Node into an install error rather than a failure at first use.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { APP_ROOT } from "../exercises/paths";

const REQUIRED_MAJOR = 24;
const BIN_LINK = path.join(APP_ROOT, "node_modules", ".bin", "node");
const NATIVE_MODULES = ["isolated-vm", "better-sqlite3", "argon2"];
const require = createRequire(path.join(APP_ROOT, "package.json"));

function fail(message: string): never {
  console.error(`prepare-runtime: ${message}`);
  process.exit(1);
}

function majorOf(node: string): number {
  const result = spawnSync(node, ["-p", "process.versions.node"], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.split(".")[0]) : 0;
}

/** The directory of the registry's Node 24 package for this machine, if npm installed one. */
function bundledNodeDir(): string | null {
  try {
    return path.dirname(require.resolve(`node-${process.platform}-${process.arch}/package.json`));
  } catch {
    return null;
  }
}

/** The Node that runs npm: the system's (npm sets this for every lifecycle script). */
const systemNode = process.env.npm_node_execpath ?? null;
const bundledDir = bundledNodeDir();

let runtime: string;
if (systemNode && majorOf(systemNode) === REQUIRED_MAJOR) {
  runtime = systemNode;
  // Only a link into the registry's package is ours to remove.
  if (fs.existsSync(BIN_LINK) && bundledDir && fs.realpathSync(BIN_LINK).startsWith(fs.realpathSync(bundledDir))) fs.rmSync(BIN_LINK);
} else if (bundledDir) {
  runtime = path.join(bundledDir, "bin", "node");
  // Put back the link npm made, if an earlier run on a system Node 24 removed it.
  if (!fs.existsSync(BIN_LINK)) fs.symlinkSync(path.relative(path.dirname(BIN_LINK), runtime), BIN_LINK);
} else {
  fail(`Node ${REQUIRED_MAJOR} is required: install it, or use Linux x64/arm64 where npm brings it (node-linux-<arch>).`);
}
if (majorOf(runtime) !== REQUIRED_MAJOR) fail(`${runtime} is not Node ${REQUIRED_MAJOR}`);

// --no-node-snapshot: isolated-vm asks for it on Node 20+ (the grading processes run with it too).
const load = `for (const name of ${JSON.stringify(NATIVE_MODULES)}) require(name); new (require("better-sqlite3"))(":memory:").close();`;
const check = spawnSync(runtime, ["--no-node-snapshot", "-e", load], { cwd: APP_ROOT, encoding: "utf8" });
if (check.status !== 0) fail(`a native module does not load in Node ${REQUIRED_MAJOR}:\n${check.stderr.trim().split("\n").slice(-15).join("\n")}`);

console.log(
  `prepare-runtime: Node ${spawnSync(runtime, ["-v"], { encoding: "utf8" }).stdout.trim()} (${runtime === systemNode ? "the system's" : "node-linux from npm"}); ${NATIVE_MODULES.join(", ")} load`,
);
