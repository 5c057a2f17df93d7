import type { PoolStats } from "../../grader/pool";
import { getGraderPool } from "../grader-pool/get-grader-pool";
import { readEventLoopDelay, type EventLoopDelay } from "./event-loop-delay";

export interface Health {
  /** "ok" when at least one grading process is ready; "degraded" otherwise (starting, or failing to start). */
  status: "ok" | "degraded";
  uptimeS: number;
  eventLoop: EventLoopDelay;
  grader: PoolStats;
}

/**
 * Operational health for operators and the load test. Anyone may read it, so it holds aggregate
 * numbers only: no learner, exercise, code, path, version, address or process id.
 */
export function readHealth(): Health {
  const grader = getGraderPool().stats();
  return {
    status: grader.processes.ready > 0 ? "ok" : "degraded",
    uptimeS: Math.round(process.uptime()),
    eventLoop: readEventLoopDelay(),
    grader,
  };
}
