import type { TExample } from "@/lib/exercises/schema";
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
  const returnType = signature.slice(index + 1).replace(/^\s*=>\s*/, "").trim();
  return { params, returnType };
}

/** Parameter names of a signature, falling back to arg1, arg2... when it cannot be read. */
export function parameterNames(signature: string, count: number): string[] {
  const names = splitSignature(signature).params.map((param) => param.split(":")[0].replace(/[?.\s]/g, ""));
  return Array.from({ length: count }, (_, index) => names[index] || `arg${index + 1}`);
}

export function ExamplesList({ examples, signature, functionName }: { examples: TExample[]; signature: string; functionName: string }) {
  return (
    <section className="exercise-section" aria-labelledby="examples-heading">
      <h2 id="examples-heading">Examples</h2>
      <pre className="signature">{declaration(functionName, signature)}</pre>
      <ol className="examples">
        {examples.map((example) => {
          const names = parameterNames(signature, example.args.length);
          return (
            <li key={example.name} className="example">
              <div className="example-name">{example.name}</div>
              <dl>
                <dt>Input</dt>
                <dd>
                  <pre>{example.args.map((arg, index) => `${names[index]} = ${formatExampleValue(arg, names[index].length + 3)}`).join("\n")}</pre>
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

/** Like formatValue, but a matrix (array of flat arrays) gets one row per line, aligned. */
function formatExampleValue(value: unknown, indent: number): string {
  const isMatrix =
    Array.isArray(value) && value.length > 1 && value.every((row) => Array.isArray(row) && row.every((cell) => !Array.isArray(cell)));
  if (!isMatrix) return formatValue(value, 2000);
  const rows = (value as unknown[]).map((row) => formatValue(row, 2000));
  return `[${rows.join(`,\n${" ".repeat(indent + 1)}`)}]`;
}
