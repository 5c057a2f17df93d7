/**
 * The one encoding for values that cross a boundary: exercise files (JSON), the grading
 * process's IPC, and the sandbox's output string. JSON alone cannot carry NaN, +/-Infinity,
 * undefined or the function arguments some exercises take, so those travel as markers:
 *   {"$num": "NaN" | "Infinity" | "-Infinity"}   a non-finite number
 *   {"$undefined": true}                          undefined
 *   {"$fn": "<JavaScript source>"}               a function, evaluated where it is called
 *   {"$rng": <seed>}                              a seeded uniform generator (see RNG_SOURCE)
 * The sandbox prelude re-implements encoding with its own pristine intrinsics; keep in sync.
 */

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

export interface FunctionMarker {
  $fn: string;
}
export interface RngMarker {
  $rng: number;
}

/**
 * mulberry32: a tiny, well-known 32-bit generator. The same source text is evaluated on the
 * host (for the reference) and inside the sandbox (for the learner), so both see one sequence.
 */
export const RNG_SOURCE = `(function makeRng(seed) {
  var a = seed >>> 0;
  return function rng() {
    a = (a + 0x6D2B79F5) >>> 0;
    var t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})`;

export function isFunctionMarker(value: unknown): value is FunctionMarker {
  return typeof value === "object" && value !== null && typeof (value as FunctionMarker).$fn === "string";
}

export function isRngMarker(value: unknown): value is RngMarker {
  return typeof value === "object" && value !== null && typeof (value as RngMarker).$rng === "number";
}

/** Encodes a plain value (numbers, strings, booleans, arrays, plain objects, markers). */
export function encodeValue(value: unknown): Encoded {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    return { $num: String(value) };
  }
  if (value === undefined) return { $undefined: true };
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, encodeValue);
  }
  if (typeof value === "function") throw new Error("functions must be given as fn(source) markers");
  if (typeof value === "object") {
    const out: { [key: string]: Encoded } = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = encodeValue(item);
    return out;
  }
  throw new Error(`cannot encode a value of type ${typeof value}`);
}

export interface DecodeOptions {
  /** Turns a function marker into a callable; without it, markers stay as they are. */
  materializeFunction?: (source: string) => unknown;
  materializeRng?: (seed: number) => unknown;
}

/** Decodes markers back into values; function markers only when a materializer is given. */
export function decodeValue(encoded: unknown, options: DecodeOptions = {}): unknown {
  if (Array.isArray(encoded)) return encoded.map((item) => decodeValue(item, options));
  if (encoded === null || typeof encoded !== "object") return encoded;
  const record = encoded as Record<string, unknown>;
  if (typeof record.$num === "string") return Number(record.$num);
  if (record.$undefined === true) return undefined;
  if (isFunctionMarker(record)) return options.materializeFunction ? options.materializeFunction(record.$fn) : record;
  if (isRngMarker(record)) return options.materializeRng ? options.materializeRng(record.$rng) : record;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) out[key] = decodeValue(item, options);
  return out;
}

/** Host-side materializers for trusted code (the reference and the known mistakes). */
export const hostMaterializers: DecodeOptions = {
  materializeFunction: (source) => new Function(`"use strict"; return (${source});`)(),
  materializeRng: (seed) => (new Function(`"use strict"; return ${RNG_SOURCE};`)() as (s: number) => () => number)(seed),
};

/** A short, readable rendering of a value for messages and the results panel. */
export function formatValue(value: unknown, maxLength = 400): string {
  const parts: string[] = [];
  // The budget stops the walk early: rendering a 28x28 image to show 400 characters is waste.
  renderValue(value, parts, { left: maxLength + 1 });
  const text = parts.join("");
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function renderValue(value: unknown, out: string[], budget: { left: number }): void {
  if (budget.left <= 0) return;
  const emit = (text: string) => {
    out.push(text);
    budget.left -= text.length;
  };
  if (typeof value === "number") return emit(formatNumber(value));
  if (value === undefined) return emit("undefined");
  if (value === null) return emit("null");
  if (typeof value === "string") return emit(JSON.stringify(value));
  if (typeof value === "boolean") return emit(String(value));
  if (Array.isArray(value)) {
    emit("[");
    value.forEach((item, index) => {
      if (budget.left <= 0) return;
      if (index > 0) emit(", ");
      renderValue(item, out, budget);
    });
    return emit("]");
  }
  if (isFunctionMarker(value)) return emit(value.$fn);
  if (isRngMarker(value)) return emit(`rng(seed ${value.$rng})`);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.$num === "string") return emit(record.$num);
    emit("{ ");
    Object.entries(record).forEach(([key, item], index) => {
      if (budget.left <= 0) return;
      emit(`${index > 0 ? ", " : ""}${key}: `);
      renderValue(item, out, budget);
    });
    return emit(" }");
  }
  emit(String(value));
}

/** Numbers as a learner would write them: integers plainly, others to 10 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (Object.is(value, -0)) return "-0";
  const text = value.toPrecision(10);
  return text.includes("e") ? text.replace(/\.?0+e/, "e") : text.replace(/\.?0+$/, "");
}
