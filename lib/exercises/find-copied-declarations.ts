import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { SHARED_FILES } from "./read-shared-imports";
import { splitTopLevelDeclarations } from "./split-declarations";

/** A declaration's code without its leading comments, `export` or spacing: what makes two copies the same. */
const codeOf = (text: string) =>
  text
    .replace(/^(?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*))*\s*/, "")
    .replace(/^export\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const isFunction = (code: string) => /^(?:async\s+)?function\b/.test(code) || /^const\s+\w+\s*(?::[^=]+)?=\s*(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>/.test(code);

/** A function, or data long enough to be worth a name (`const n = 1000;` may stand in two files). */
const isHelper = (code: string) => isFunction(code) || code.length >= 40;

/** Names a renamed copy keeps: the built-ins it calls. */
const BUILT_INS = new Set(["Math", "Array", "Number", "Object", "Error", "String", "JSON", "Infinity", "NaN", "undefined", "Map", "Set"]);

/** Below this many syntax nodes a function is a one-line step (`a < b`, `n - 1`) two formulas may share by chance. */
const MIN_SHAPE_NODES = 24;

/** The function a top-level declaration defines: `function f() {}` or `const f = () => ...`. */
function functionOf(statement: ts.Statement | undefined): ts.FunctionLikeDeclaration | undefined {
  if (statement && ts.isFunctionDeclaration(statement)) return statement;
  if (!statement || !ts.isVariableStatement(statement)) return undefined;
  const value = statement.declarationList.declarations[0]?.initializer;
  return value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) ? value : undefined;
}

/** A name that means the same in any file: a built-in, a property, an object key, or a function called. */
function keepsItsName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    BUILT_INS.has(node.text) ||
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isCallExpression(parent) && parent.expression === node)
  );
}

/** Numbers, strings and the pieces of a template: their text, so two error messages tell two checks apart. */
const isLiteralOrTemplatePart = (node: ts.Node) => node.kind >= ts.SyntaxKind.FirstLiteralToken && node.kind <= ts.SyntaxKind.LastTemplateToken;

/**
 * A function's shape: its parameters, return type and body as syntax, without its own name, its
 * form (`function` or arrow) or comments, and with every local name replaced by its order of
 * appearance. `matmul(A, B)` in one file and `product(X, Y)` in another, written alike, have one
 * shape; two steps that call different steps do not. Null for a one-line step.
 */
function shapeOf(code: string): string | null {
  const source = ts.createSourceFile("declaration.ts", code, ts.ScriptTarget.Latest, true);
  const fn = functionOf(source.statements[0]);
  if (!fn?.body) return null;
  const names = new Map<string, string>();
  const parts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      if (!keepsItsName(node) && !names.has(node.text)) names.set(node.text, `$${names.size}`);
      parts.push(keepsItsName(node) ? node.text : names.get(node.text)!);
      return;
    }
    parts.push(isLiteralOrTemplatePart(node) ? node.getText() : ts.SyntaxKind[node.kind]);
    ts.forEachChild(node, visit);
  };
  [...fn.parameters, ...(fn.type ? [fn.type] : []), fn.body].forEach(visit);
  return parts.length >= MIN_SHAPE_NODES ? parts.join(" ") : null;
}

function listExerciseFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "mistakes" ? [] : listExerciseFiles(full);
    return entry.name.endsWith(".ts") && entry.name !== "given.ts" ? [full] : [];
  });
}

const isTestSide = (file: string) => [SHARED_FILES.tests, "tests.ts"].includes(path.basename(file));

/**
 * Helpers are written once: no function (and no sizeable constant) has the same code in two files
 * under exercises/, even with its names changed, so a fix is one edit and no copy drifts. Shared
 * code lives in a track's reference-steps.ts (references) or test-data.ts (tests), givens in
 * given.ts (checkGivens). Left out: known mistakes (overrides, which restate a declaration on
 * purpose); a starter's types beside its own reference's; renamed look-alikes among starters (stubs
 * for the learner, alike by design: only their exact copies count); and a test written like a
 * reference step, since tests compute expected values without the reference's code.
 */
export function findCopiedDeclarations(exercisesDir: string): string[] {
  const seen = new Map<string, { file: string; name: string }>();
  const errors: string[] = [];
  for (const file of listExerciseFiles(exercisesDir)) {
    const relative = path.relative(exercisesDir, file);
    const isStarter = path.basename(file) === "starter.ts";
    for (const chunk of splitTopLevelDeclarations(fs.readFileSync(file, "utf8"))) {
      if (chunk.name === null) continue;
      const code = codeOf(chunk.text);
      if (!isHelper(code)) continue;
      // Tests and references are compared among themselves; a starter's stubs by their exact text.
      const key = `${isTestSide(relative) ? "tests" : "code"}:${(isFunction(code) && !isStarter && shapeOf(code)) || code}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { file: relative, name: chunk.name });
        continue;
      }
      const sameExercise = path.dirname(first.file) === path.dirname(relative);
      if (sameExercise && isStarter && path.basename(first.file) === "reference.ts") continue;
      const home = isTestSide(relative) ? SHARED_FILES.tests : SHARED_FILES.reference;
      errors.push(`${relative}: ${chunk.name} is a copy of ${first.name} in ${first.file}: keep one in the track's ${home} and import it`);
    }
  }
  return errors;
}
