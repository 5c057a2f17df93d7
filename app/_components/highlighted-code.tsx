import type { ReactNode } from "react";

const KEYWORDS = new Set(
  "abstract as async await break case catch class const continue default do else enum export extends false finally for from function if implements import in instanceof interface let new null of private protected public readonly return static super switch this throw true try type typeof undefined var void while yield".split(
    " ",
  ),
);
const TYPES = new Set("number string boolean unknown never any bigint object Array Record ReadonlyArray Map Set Error Math Number Infinity NaN".split(" "));

// One pass over the text: comments, strings (template literals whole), numbers, words, the rest.
const TOKEN =
  /(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\[\s\S])*`?)|(\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_$][\w$]*)/g;

/**
 * Learner code as the history and the instructor's drill-down show it: TypeScript colours (a
 * small tokenizer, rendered on the server: Monaco is for the editor only), line numbers, and
 * long lines wrapped instead of running off the page.
 */
export function HighlightedCode({ code, className }: { code: string; className?: string }) {
  // The text content stays exactly the code (line numbers are CSS counters, not text), so
  // copying it, and reading it, gives the learner's code back.
  const lines = code.split("\n");
  const endsWithNewline = lines.length > 1 && lines.at(-1) === "";
  if (endsWithNewline) lines.pop();
  return (
    <pre className={`highlighted-code${className ? ` ${className}` : ""}`} tabIndex={0} aria-label="Code">
      <code>
        {lines.map((line, index) => (
          <span key={index} className="code-line">
            <span className="code-line-text">
              {highlight(line)}
              {index < lines.length - 1 || endsWithNewline ? "\n" : ""}
            </span>
          </span>
        ))}
      </code>
    </pre>
  );
}

function highlight(line: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    if (at > last) out.push(line.slice(last, at));
    const [text, comment, string, number, word] = match;
    const kind = comment ? "comment" : string ? "string" : number ? "number" : word && KEYWORDS.has(word) ? "keyword" : word && TYPES.has(word) ? "type" : null;
    out.push(
      kind ? (
        <span key={at} className={`tok-${kind}`}>
          {text}
        </span>
      ) : (
        text
      ),
    );
    last = at + text.length;
  }
  if (last < line.length) out.push(line.slice(last));
  return out;
}
