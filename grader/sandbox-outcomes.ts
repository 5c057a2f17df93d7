import type ivm from "isolated-vm";
import type { CallOutcome, CaseCall, CaseResult } from "./sandbox-calls";

/**
 * Reading what comes back from the sandbox: the prelude's result strings, a batch's
 * length-prefixed string, and the host-side errors isolated-vm throws. Everything here is
 * untrusted input (learner code ran in there) and is checked, never assumed.
 */

/**
 * Splits a batch's string ("<length>,...\n<pieces>") into one result per completed case; null
 * when it does not add up (never trusted: the learner's code ran in there).
 */
export function decodeBatch(raw: string, batch: CaseCall[]): CaseResult[] | null {
  const newline = raw.indexOf("\n");
  if (newline === -1) return null;
  const header = raw.slice(0, newline);
  const lengths = header === "" ? [] : header.split(",").map(Number);
  if (lengths.some((length) => !Number.isInteger(length) || length < 0)) return null;
  const results: CaseResult[] = [];
  let at = newline + 1;
  let piece = 0;
  const take = (): string | null => {
    if (piece >= lengths.length) return null;
    const text = raw.slice(at, at + lengths[piece]);
    at += lengths[piece++];
    return text.length === lengths[piece - 1] ? text : null;
  };
  while (piece < lengths.length) {
    const call = batch[results.length];
    if (!call) return null;
    const result = take();
    if (result === null || result === "") return null;
    const printed = call.collectConsole ? take() : "";
    if (printed === null) return null;
    results.push({ outcome: parseRaw(result), console: printed });
  }
  return at === raw.length ? results : null;
}

export function parseRaw(raw: string): CallOutcome {
  const body = raw.slice(1);
  switch (raw[0]) {
    case "v":
      return { kind: "value", json: body };
    case "e":
      // V8 reports a refused ArrayBuffer as an ordinary RangeError the learner could catch;
      // when it escapes, the memory limit is what the learner needs to hear about.
      if (body.startsWith("RangeError: Array buffer allocation failed")) return { kind: "memory", message: "an ArrayBuffer allocation was refused" };
      return { kind: "thrown", message: body };
    case "o":
      return { kind: "output_limit", message: body };
    default:
      return { kind: "misuse", message: body };
  }
}

export function classifyHostError(error: unknown, isolate: ivm.Isolate, usedHeapAtStart: number): CallOutcome {
  const message = errorMessage(error);
  if (/memory limit/i.test(message) || /array buffer allocation failed/i.test(message)) {
    return { kind: "memory", message: "the memory limit was exceeded" };
  }
  if (/timed out/i.test(message)) {
    // A heap filling up spends its last hundreds of ms in V8's garbage collector: stopped by the
    // clock with the heap nearly full, it is the memory the learner needs to hear about.
    if (heapNearlyFull(isolate, usedHeapAtStart))
      return { kind: "memory", message: "the memory limit was reached (the call was stopped while the heap was full)" };
    return { kind: "timeout", message: "a call ran past its time limit" };
  }
  if (isolate.isDisposed) return { kind: "memory", message: "the sandbox was stopped (memory)" };
  // Errors raised by our own wrapper code paths (e.g. a learner top-level throw) land here.
  return { kind: "thrown", message: message.slice(0, 500) };
}

/**
 * The heap is full, or the submission's code filled a good part of it in one go (a memory bomb
 * that the call limit stopped mid-way: a busy machine gets fewer allocations into the same time).
 */
/** This process's CPU time in ms (all threads; a grading process runs V8 single-threaded). */
export function cpuClockMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function heapNearlyFull(isolate: ivm.Isolate, usedAtStart: number): boolean {
  if (isolate.isDisposed) return false;
  try {
    const heap = isolate.getHeapStatisticsSync();
    const used = heap.used_heap_size + heap.externally_allocated_size;
    return used > 0.8 * heap.heap_size_limit || used - usedAtStart > 0.4 * heap.heap_size_limit;
  } catch {
    return false;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name === "Error" ? "" : error.name + ": "}${error.message}`;
  return String(error);
}
