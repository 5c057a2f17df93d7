/** Next.js calls this once when the server starts: measure the event loop from the first request on. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startEventLoopMonitor } = await import("./lib/health/event-loop-delay");
  startEventLoopMonitor();
}
