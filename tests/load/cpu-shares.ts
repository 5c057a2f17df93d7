/**
 * Where a scenario's CPU went, in cores: the web server (next-server's own threads), the grading
 * processes (the live ones plus those the web server reaped, whose time Linux adds to its
 * children's count), the load generator (this process) and what stayed idle. Read from /proc, so
 * Linux only; elsewhere `readCpuSnapshot` returns null and the load test prints no shares.
 * A burst capped at one core of web server while the machine has idle time says: the single
 * Node.js process, not grading, is the limit.
 */
import fs from "node:fs";

export interface CpuSnapshot {
  atMs: number;
  webTicks: number;
  gradingTicks: number;
  generatorMs: number;
  idleTicks: number;
  totalTicks: number;
}

export interface CpuShares {
  web: number;
  grading: number;
  generator: number;
  idle: number;
}

/** Clock ticks per second of /proc's counters (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The web server and grading processes under `rootPid` (the process `npm start`'s path runs as). */
export function readCpuSnapshot(rootPid: number | undefined): CpuSnapshot | null {
  if (!rootPid || !fs.existsSync("/proc/stat")) return null;
  const processes = listProcesses();
  const tree = descendantsOf(rootPid, processes);
  const web = tree.find((entry) => entry.command.startsWith("next-server"));
  if (!web) return null;
  const grading = tree.filter((entry) => entry.ppid === web.pid);
  const [idle, total] = systemTicks();
  const generator = process.cpuUsage();
  return {
    atMs: performance.now(),
    webTicks: web.ownTicks,
    gradingTicks: web.reapedChildrenTicks + grading.reduce((sum, entry) => sum + entry.ownTicks, 0),
    generatorMs: (generator.user + generator.system) / 1000,
    idleTicks: idle,
    totalTicks: total,
  };
}

/** Cores used by each part between two snapshots (the idle share of the whole machine, in cores). */
export function cpuSharesBetween(before: CpuSnapshot, after: CpuSnapshot, cores: number): CpuShares {
  const seconds = (after.atMs - before.atMs) / 1000;
  const inCores = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND / seconds) * 100) / 100;
  const totalTicks = Math.max(1, after.totalTicks - before.totalTicks);
  return {
    web: inCores(after.webTicks - before.webTicks),
    grading: inCores(after.gradingTicks - before.gradingTicks),
    generator: Math.round(((after.generatorMs - before.generatorMs) / 1000 / seconds) * 100) / 100,
    idle: Math.round(((after.idleTicks - before.idleTicks) / totalTicks) * cores * 100) / 100,
  };
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  command: string;
  ownTicks: number;
  reapedChildrenTicks: number;
}

function listProcesses(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      entries.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        command: stat.slice(stat.indexOf("(") + 1, close),
        ownTicks: Number(fields[11]) + Number(fields[12]),
        reapedChildrenTicks: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // The process ended while the list was read.
    }
  }
  return entries;
}

function descendantsOf(rootPid: number, processes: ProcessEntry[]): ProcessEntry[] {
  const found: ProcessEntry[] = [];
  let frontier = [rootPid];
  while (frontier.length > 0) {
    const children = processes.filter((entry) => frontier.includes(entry.ppid));
    found.push(...children);
    frontier = children.map((entry) => entry.pid);
  }
  return found;
}

/** Idle (idle + iowait) and total ticks of all cores, from /proc/stat's first line. */
function systemTicks(): [number, number] {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  return [fields[3] + fields[4], fields.reduce((sum, value) => sum + value, 0)];
}
