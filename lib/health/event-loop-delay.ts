import { monitorEventLoopDelay, type ELDHistogram } from "node:perf_hooks";

/** Length of one measuring window: health reports the last complete one (and the current one's max). */
const WINDOW_MS = 10_000;

export interface EventLoopDelay {
  windowS: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Worst delay in the window still being measured (a stall shows at once, not 10 s later). */
  currentMaxMs: number;
  /** Worst delay since the server started. */
  maxSinceStartMs: number;
}

type Monitor = { histogram: ELDHistogram; last: Omit<EventLoopDelay, "currentMaxMs" | "maxSinceStartMs">; maxSinceStartMs: number };
const globalForMonitor = globalThis as unknown as { eventLoopMonitor?: Monitor };

const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;

/**
 * Starts measuring the web server's event-loop delay (once per process; instrumentation.ts calls
 * it at start-up). A delay is time a request waited for the one JavaScript thread: what every
 * learner feels when something synchronous runs too long.
 */
export function startEventLoopMonitor(): void {
  if (globalForMonitor.eventLoopMonitor) return;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const monitor: Monitor = { histogram, last: { windowS: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 }, maxSinceStartMs: 0 };
  setInterval(() => {
    monitor.last = summarize(histogram, WINDOW_MS / 1000);
    monitor.maxSinceStartMs = Math.max(monitor.maxSinceStartMs, monitor.last.maxMs);
    histogram.reset();
  }, WINDOW_MS).unref();
  globalForMonitor.eventLoopMonitor = monitor;
}

/** The last complete window's delays (starting the monitor if nothing did). */
export function readEventLoopDelay(): EventLoopDelay {
  startEventLoopMonitor();
  const monitor = globalForMonitor.eventLoopMonitor as Monitor;
  const current = monitor.histogram.count > 0 ? ms(monitor.histogram.max) : 0;
  return { ...monitor.last, currentMaxMs: current, maxSinceStartMs: Math.max(monitor.maxSinceStartMs, current) };
}

function summarize(histogram: ELDHistogram, windowS: number): Monitor["last"] {
  if (histogram.count === 0) return { windowS, p50Ms: 0, p99Ms: 0, maxMs: 0 };
  return { windowS, p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) };
}
