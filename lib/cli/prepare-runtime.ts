/**
 * postinstall, step 1: settle which Node 24 runs the project and build better-sqlite3 for it.
 *
 * The project runs on Node 24 LTS (isolated-vm 7 needs it). npm scripts put node_modules/.bin
 * first on PATH, so the `node` linked there by the optional dependency node-linux-<arch> (the
 * official binary, from the npm registry) runs everything when the system's Node is older.
 * Where the system's Node is already 24, that link is removed and the system's Node is used.
 *
 * better-sqlite3's own install script is denied in allowScripts: it would try a prebuilt
 * download from GitHub (fails offline), then compile against whatever headers npm's `nodedir`
 * names (often the system Node 20's, or a download from nodejs.org). It is compiled here once,
 * against the headers that node-linux-<arch> carries, which fit any Node 24 (same module ABI).
 * Idempotent: a later `npm install` finds the module loading and does nothing.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { APP_ROOT } from "../exercises/paths";

const REQUIRED_MAJOR = 24;
const BIN_LINK = path.join(APP_ROOT, "node_modules", ".bin", "node");
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

const sqliteDir = path.dirname(require.resolve("better-sqlite3/package.json"));
const loads = () => spawnSync(runtime, ["-e", `new (require(${JSON.stringify(sqliteDir)}))(":memory:").close()`], { stdio: "ignore" }).status === 0;

if (!loads()) {
  // node-gyp: the copy npm ships (npm passes its path to lifecycle scripts).
  const nodeGyp = process.env.npm_config_node_gyp;
  if (!nodeGyp) fail("run it through npm (`npm run postinstall`), which provides node-gyp");
  console.log(`prepare-runtime: compiling better-sqlite3 for Node ${REQUIRED_MAJOR} (a minute or two)`);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(runtime)}${path.delimiter}${process.env.PATH ?? ""}` };
  // node-gyp takes npm's nodedir from this variable, ahead of a --nodedir flag.
  if (bundledDir) env.npm_config_nodedir = bundledDir;
  // The compiler's warnings are noise in an install log: show its output only when it fails.
  const build = spawnSync(runtime, [nodeGyp, "rebuild", "--release"], { cwd: sqliteDir, encoding: "utf8", maxBuffer: 64 << 20, env });
  if (build.status !== 0 || !loads()) {
    console.error(`${build.stdout}${build.stderr}`.split("\n").slice(-60).join("\n"));
    fail("better-sqlite3 did not build for the project's Node (compiler output above)");
  }
}
console.log(`prepare-runtime: Node ${spawnSync(runtime, ["-v"], { encoding: "utf8" }).stdout.trim()} (${runtime === systemNode ? "the system's" : "node-linux from npm"})`);
