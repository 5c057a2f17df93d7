import type { TExample, TFunctionSpec } from "@/lib/exercises/schema";
import { formatValue } from "@/lib/exercises/values";

/**
 * Splits a signature like "(z: number[], f: (x: number) => number) => number[]" into its
 * top-level parameters and return type, for naming the inputs of the examples.
 */
export function splitSignature(signature: string): { params: string[]; returnType: string } {
  const open = signature.indexOf("(");
  const params: string[] = [];
  let depth = 0;
  let current = "";
  let index = open + 1;
  for (; open >= 0 && index < signature.length; index++) {
    const char = signature[index];
    if (depth === 0 && char === ")") break;
    if ("([{<".includes(char)) depth++;
    if (")]}".includes(char) || (char === ">" && signature[index - 1] !== "=")) depth--;
    if (depth === 0 && char === ",") {
      params.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim()) params.push(current.trim());
  const returnType = signature
    .slice(index + 1)
    .replace(/^\s*=>\s*/, "")
    .trim();
  return { params, returnType };
}

/** Parameter names of a signature, falling back to arg1, arg2... when it cannot be read. */
export function parameterNames(signature: string, count: number): string[] {
  const names = splitSignature(signature).params.map((param) => param.split(":")[0].replace(/[?.\s]/g, ""));
  return Array.from({ length: count }, (_, index) => names[index] || `arg${index + 1}`);
}

/** Inputs longer than this many lines are folded (real-data examples), with a one-line summary. */
const FOLD_AFTER_LINES = 14;

/**
 * The exercise's exported function(s) and its visible examples. In a multi-function exercise
 * each example says which function it calls, and its inputs are named after that function.
 */
export function ExamplesList({ examples, functions }: { examples: TExample[]; functions: TFunctionSpec[] }) {
  const isMulti = functions.length > 1;
  return (
    <section className="exercise-section" aria-labelledby="examples-heading">
      <h2 id="examples-heading">{isMulti ? "Functions and examples" : "Examples"}</h2>
      <pre className="signature">{functions.map((spec) => declaration(spec.name, spec.signature)).join("\n\n")}</pre>
      <ol className="examples">
        {examples.map((example) => {
          const spec = functions.find((candidate) => candidate.name === example.function) ?? functions[0];
          const names = parameterNames(spec.signature, example.args.length);
          const input = example.args.map((arg, index) => `${names[index]} = ${formatExampleValue(arg, names[index].length + 3)}`).join("\n");
          const lines = input.split("\n").length;
          return (
            <li key={example.name} className="example" data-function={spec.name}>
              <div className="example-name">
                {isMulti && <code className="example-function">{spec.name}</code>}
                {example.name}
              </div>
              <dl>
                <dt>Input</dt>
                <dd>
                  {lines > FOLD_AFTER_LINES ? (
                    <details className="example-fold">
                      <summary>{summarizeInput(example.args, names)}</summary>
                      <pre>{input}</pre>
                    </details>
                  ) : (
                    <pre>{input}</pre>
                  )}
                </dd>
                <dt>Expected</dt>
                <dd>
                  <pre>{example.throws ? "throws an Error" : formatExampleValue(example.expected, 0)}</pre>
                </dd>
              </dl>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function declaration(functionName: string, signature: string): string {
  const { params, returnType } = splitSignature(signature);
  return `function ${functionName}(${params.join(", ")})${returnType ? `: ${returnType}` : ""}`;
}

/** "X: 30 rows, y: 30 values, options = { method: "normal" }" — a folded input at a glance. */
function summarizeInput(args: unknown[], names: string[]): string {
  const parts = args.map((arg, index) => {
    const short = formatValue(arg, 81);
    if (!Array.isArray(arg) || short.length <= 80) return `${names[index]} = ${short}`;
    return `${names[index]}: ${arg.length} ${arg.every((item) => typeof item === "number") ? "values" : "rows"}`;
  });
  return `${parts.join(", ")} (show all)`;
}

/**
 * Like formatValue, but a matrix (array of flat arrays) or a table (array of plain objects, the
 * rows of a data set) gets one row per line, aligned.
 */
function formatExampleValue(value: unknown, indent: number): string {
  const isScalar = (cell: unknown) => typeof cell !== "object" || cell === null;
  const isFlatRow = (row: unknown) =>
    Array.isArray(row) ? row.every((cell) => !Array.isArray(cell)) : typeof row === "object" && row !== null && Object.values(row).every(isScalar);
  const isMatrix = Array.isArray(value) && value.length > 1 && value.every(isFlatRow);
  // A record of flat records (per-group summaries): one entry per line.
  const entries = typeof value === "object" && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
  if (entries.length > 1 && entries.every(([, item]) => !Array.isArray(item) && isFlatRow(item))) {
    return `{ ${entries.map(([key, item]) => `${key}: ${formatValue(item, 2000)}`).join(`,\n${" ".repeat(indent + 2)}`)} }`;
  }
  if (!isMatrix) return formatValue(value, 2000);
  const rows = (value as unknown[]).map((row) => formatValue(row, 2000));
  return `[${rows.join(`,\n${" ".repeat(indent + 1)}`)}]`;
}
