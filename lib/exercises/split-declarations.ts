/** One top-level piece of an exercise file: a declaration with its leading comments, or the file's header. */
export interface DeclarationChunk {
  /** The declared name; null for the text before the first declaration (header comments). */
  name: string | null;
  text: string;
}

/** `export function fit`, `const EPS`, `type Row`, ...: a declaration that starts at column 0. */
const DECLARATION_START =
  /^(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/;

const isComment = (line: string): boolean => {
  const trimmed = line.trim();
  return trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("*");
};

/**
 * Splits an exercise file into its top-level declarations, each with the comments just above
 * it (its doc comment). Line based, no TypeScript compiler (grading processes call it when they load an exercise):
 * exercise files are formatted, so a top-level declaration is a line that starts at column 0
 * with a declaration keyword, and anything else at column 0 (a closing brace) continues the one
 * before. Consecutive pieces with the same name (overload signatures) stay one piece. Joining
 * the pieces' text gives the file back exactly.
 */
export function splitTopLevelDeclarations(source: string): DeclarationChunk[] {
  const lines = source.split("\n");
  const starts: { line: number; name: string }[] = [];
  lines.forEach((line, index) => {
    const match = DECLARATION_START.exec(line);
    if (match) starts.push({ line: index, name: match[1] });
  });
  // A declaration owns the comment lines right above it (its doc comment), up to a blank line:
  // a comment set apart by a blank line (a file header, a banner) stays with what comes before.
  const begins = starts.map((start, i) => {
    const floor = i === 0 ? 0 : starts[i - 1].line + 1;
    let begin = start.line;
    while (begin > floor && isComment(lines[begin - 1])) begin--;
    return begin;
  });
  const chunks: DeclarationChunk[] = [];
  const push = (name: string | null, from: number, to: number) => {
    if (from >= to) return;
    const text = lines.slice(from, to).join("\n") + (to < lines.length ? "\n" : "");
    const last = chunks[chunks.length - 1];
    if (name !== null && last && last.name === name) last.text += text;
    else chunks.push({ name, text });
  };
  push(null, 0, begins.length > 0 ? begins[0] : lines.length);
  starts.forEach((start, i) => push(start.name, begins[i], i + 1 < starts.length ? begins[i + 1] : lines.length));
  return chunks;
}
