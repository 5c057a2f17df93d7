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
      <p className="muted">
        <code>{declaration(functionName, signature)}</code>
      </p>
      <ol className="examples">
        {examples.map((example) => {
          const names = parameterNames(signature, example.args.length);
          return (
            <li key={example.name} className="example">
              <div className="example-name">{example.name}</div>
              <dl>
                <dt>Input</dt>
                <dd>
                  <pre>{example.args.map((arg, index) => `${names[index]} = ${formatValue(arg, 2000)}`).join("\n")}</pre>
                </dd>
                <dt>Expected</dt>
                <dd>
                  <pre>{example.throws ? "throws an Error" : formatValue(example.expected, 2000)}</pre>
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
