import { RNG_SOURCE } from "../lib/exercises/values";

/** Caps that keep what leaves the sandbox small: the host only ever receives capped strings. */
export const OUTPUT_LIMIT_CHARS = 1_000_000;
export const CONSOLE_KEEP_CHARS = 8_000;
export const CONSOLE_LIMIT_CHARS = 1_000_000;
const ERROR_MESSAGE_CHARS = 500;

/**
 * Runs first in every fresh context, before any learner code. It keeps pristine copies of the
 * intrinsics it needs (so prototype tampering by the learner cannot change how inputs are built
 * or outputs serialised), buffers console output with a cap, and exposes three non-writable
 * globals that the host grabs as references before the learner's code runs:
 *   __gd_load(factory)  runs the learner's module factory -> "v" | "e<message>" (top-level throw)
 *   __gd_call(name, argsJson) -> "v<json>" value | "e<message>" thrown | "o<message>" too large | "m<message>" misuse
 *   __gd_console() -> buffered console text since the last call (then cleared)
 *   __gd_console_reset() -> forgets the buffer and the running total (a new tier starts its own cap)
 *   __gd_batch(count, names, lengths, consoleFlags, argsAll, yieldMs, stopAtOutputLimit) -> many calls, one string
 *   __gd_batch_progress() -> what the last batch completed before the host stopped it
 * Everything that can run learner code (getters, toJSON, thrown proxies, message getters)
 * runs inside these calls, under the host's timeout; only primitive strings come out.
 */
export const PRELUDE_SOURCE = `(function () {
  "use strict";
  var G = globalThis;
  var F = Function, Obj = Object, Arr = Array, Str = String, Num = Number, JSONs = JSON.stringify, JSONp = JSON.parse;
  var isArray = Array.isArray, isView = ArrayBuffer.isView, arrayFrom = Array.from, defineProperty = Object.defineProperty;
  var call = Function.prototype.call, apply = Reflect.apply, ownKeys = Object.keys, numberIsFinite = Number.isFinite;
  var slice = String.prototype.slice, makeRng = ${RNG_SOURCE};
  var OUTPUT_LIMIT = ${OUTPUT_LIMIT_CHARS}, CONSOLE_KEEP = ${CONSOLE_KEEP_CHARS}, CONSOLE_LIMIT = ${CONSOLE_LIMIT_CHARS}, ERROR_CHARS = ${ERROR_MESSAGE_CHARS};
  var registered = null, consoleText = "", consoleTotal = 0;

  function cut(text, limit) { return text.length > limit ? apply(slice, text, [0, limit - 1]) + "\\u2026" : text; }

  function formatArg(value) {
    if (typeof value === "string") return value;
    if (typeof value !== "object" || value === null) return Str(value);
    try { return cut(Str(JSONs(value, encode)), 2000); } catch (e) { return "[unprintable value]"; }
  }

  function writeConsole(args) {
    var parts = [];
    for (var i = 0; i < args.length; i++) parts[i] = formatArg(args[i]);
    var line = parts.join(" ") + "\\n";
    consoleTotal += line.length;
    if (consoleText.length < CONSOLE_KEEP) consoleText = cut(consoleText + line, CONSOLE_KEEP);
    if (consoleTotal > CONSOLE_LIMIT) throw new G.Error("__gd_console_limit");
  }
  var consoleObject = {};
  ["log", "info", "warn", "error", "debug", "table", "dir"].forEach(function (name) {
    consoleObject[name] = function () { writeConsole(arguments); };
  });
  defineProperty(G, "console", { value: consoleObject, writable: true, configurable: true });

  function encode(key, value) {
    if (typeof value === "number") return numberIsFinite(value) ? value : { $num: Str(value) };
    if (value === undefined) return { $undefined: true };
    if (typeof value === "function") return { $function: true };
    if (typeof value === "bigint") return { $num: Str(value) };
    if (value !== null && typeof value === "object" && isView(value)) return arrayFrom(value);
    return value;
  }

  function revive(key, value) {
    if (value === null || typeof value !== "object" || isArray(value)) return value;
    if (typeof value.$num === "string") return Num(value.$num);
    if (value.$undefined === true) return undefined;
    if (typeof value.$fn === "string") return F('"use strict"; return (' + value.$fn + ');')();
    if (typeof value.$rng === "number") return makeRng(value.$rng);
    return value;
  }

  function describeThrown(thrown) {
    try {
      if (thrown !== null && typeof thrown === "object") {
        var name = thrown.name, message = thrown.message;
        if (message === "__gd_console_limit") return "o" + "console output exceeded " + CONSOLE_LIMIT + " characters";
        var text = (typeof name === "string" ? name : "Error") + ": " + (typeof message === "string" ? message : Str(message));
        var stack = thrown.stack;
        if (typeof stack === "string") {
          var at = /solution\\.ts:(\\d+):(\\d+)/.exec(stack);
          if (at) text += " (line " + at[1] + ", column " + at[2] + ")";
        }
        return "e" + cut(text, ERROR_CHARS);
      }
      return "e" + cut("a non-Error value was thrown: " + Str(thrown), ERROR_CHARS);
    } catch (e) {
      return "e" + "a value was thrown that cannot be described";
    }
  }

  function lock(name, value) { defineProperty(G, name, { value: value, writable: false, configurable: false, enumerable: false }); }

  function requireStub(name) {
    throw new G.Error("imports are not available here: write everything in this file (tried to import " + name + ")");
  }
  lock("__gd_load", function (factory) {
    if (registered !== null) return "m" + "the module was already loaded";
    try {
      var moduleObject = { exports: {} };
      apply(factory, undefined, [moduleObject.exports, moduleObject, requireStub]);
      registered = moduleObject.exports;
      return "v";
    } catch (thrown) {
      return describeThrown(thrown);
    }
  });
  lock("__gd_console", function () { var text = consoleText; consoleText = ""; return text; });
  lock("__gd_console_reset", function () { consoleText = ""; consoleTotal = 0; });
  function callOne(name, argsJson) {
    try {
      var target = registered === null ? undefined : registered[name];
      if (typeof target !== "function") return "m" + "your code must export a function named " + name + " (export function " + name + "(...) { ... })";
      // The reviver runs for every value; only inputs with markers ({"$fn": ...}) need it.
      var args = argsJson.indexOf('"$') === -1 ? JSONp(argsJson) : JSONp(argsJson, revive);
      var result = apply(target, undefined, args);
      if (result !== null && (typeof result === "object" || typeof result === "function") && typeof result.then === "function") {
        return "m" + "your function returned a Promise; return the value itself (no async)";
      }
      if (isArray(result) && result.length > OUTPUT_LIMIT / 2) return "o" + "the result has " + result.length + " elements";
      // Fast path without the per-value replacer: taken only when its output has neither null
      // (NaN, Infinity, undefined, functions) nor any object (typed arrays, records), i.e. when
      // the replacer would have changed nothing. BigInt throws here and takes the slow path.
      var json;
      try { json = result === undefined ? undefined : JSONs(result); } catch (e) { json = undefined; }
      if (typeof json !== "string" || json.indexOf("null") !== -1 || json.indexOf("{") !== -1) {
        json = JSONs(result === undefined ? { $undefined: true } : result, encode);
      }
      if (typeof json !== "string") return "v" + '{"$undefined":true}';
      if (json.length > OUTPUT_LIMIT) return "o" + "the result is " + json.length + " characters of JSON (limit " + OUTPUT_LIMIT + ")";
      return "v" + json;
    } catch (thrown) {
      return describeThrown(thrown);
    }
  }
  lock("__gd_call", callOne);

  // A batch of calls in one round trip. Results (and the console of the calls that collect it)
  // go out as one string: "<length>,<length>,...\\n" then the pieces back to back. The batch
  // returns early once yieldMs have passed, so a time-out can only hit a call that started within
  // yieldMs of the batch's start: the host's batch clock (call limit + yieldMs) then means that
  // call alone ran past the call limit, exactly as with one call per round trip.
  // Read with cursors and pristine methods, and written into strings, never through arrays or
  // split(): an array's [[Set]] consults setters on Array.prototype, and split() looks up
  // String.prototype[Symbol.split], both of which the learner's code may have replaced.
  var now = Date.now, indexOf = String.prototype.indexOf;
  var lengthsOut = "", body = "";
  function nextItem(list, cursor) {
    var end = apply(indexOf, list, [",", cursor]);
    return end === -1 ? list.length : end;
  }
  lock("__gd_batch", function (count, names, lengths, consoleFlags, argsAll, yieldMs, stopAtOutputLimit) {
    var started = apply(now, undefined, []), offset = 0, nameAt = 0, lengthAt = 0;
    lengthsOut = "";
    body = "";
    for (var i = 0; i < count; i++) {
      var nameEnd = nextItem(names, nameAt), lengthEnd = nextItem(lengths, lengthAt);
      var name = apply(slice, names, [nameAt, nameEnd]), length = Num(apply(slice, lengths, [lengthAt, lengthEnd]));
      nameAt = nameEnd + 1;
      lengthAt = lengthEnd + 1;
      var result = callOne(name, apply(slice, argsAll, [offset, offset + length]));
      offset += length;
      lengthsOut += (i === 0 ? "" : ",") + result.length;
      body += result;
      if (consoleFlags[i] === "1") { lengthsOut += "," + consoleText.length; body += consoleText; consoleText = ""; }
      if (stopAtOutputLimit && result[0] === "o") break;
      if (body.length > OUTPUT_LIMIT || apply(now, undefined, []) - started >= yieldMs) break;
    }
    return lengthsOut + "\\n" + body;
  });
  // After the host stopped a batch (time-out): the pieces of the calls that completed.
  lock("__gd_batch_progress", function () { return lengthsOut + "\\n" + body; });
})();`;

/**
 * Wraps the transpiled learner module in a factory that the prelude runs inside try/catch, so a
 * top-level throw is described inside the sandbox too. The script's completion value is the
 * prelude's primitive result string. Learner code starts on line 1, so line numbers match.
 */
export function wrapLearnerModule(compiledJs: string): string {
  return `__gd_load(function (exports, module, require) { ${compiledJs}\n});`;
}
