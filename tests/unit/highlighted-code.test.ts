import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedCode } from "@/app/_components/highlighted-code";
import { joinCodeOf } from "@/app/(auth)/join-code-of";

const render = (code: string) => renderToStaticMarkup(createElement(HighlightedCode, { code }));
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

describe("highlighted code (history and drill-down)", () => {
  it("keeps the text exactly the learner's code, trailing newline and markup-looking text included", () => {
    for (const code of ["export const a = 1;", "const s = 'a<b>&c';\n// done\n", "let x = `t${1}`;\n\n\nreturn x;", ""]) {
      expect(text(render(code))).toBe(code);
    }
  });

  it("colours keywords, strings, numbers and comments, one line element per line", () => {
    const html = render('export function f(z: number[]): number { return 2.5e3; } // "not a string"\nconst s = "x";');
    expect(html.match(/class="code-line"/g)).toHaveLength(2);
    expect(html).toContain('<span class="tok-keyword">export</span>');
    expect(html).toContain('<span class="tok-type">number</span>');
    expect(html).toContain('<span class="tok-number">2.5e3</span>');
    expect(html).toContain('<span class="tok-comment">// &quot;not a string&quot;</span>');
    expect(html).toContain('<span class="tok-string">&quot;x&quot;</span>');
  });
});

describe("join links as return paths", () => {
  it("reads the code of /join/<code> only", () => {
    expect(joinCodeOf("/join/AGHU-98DZ")).toBe("AGHU-98DZ");
    expect(joinCodeOf("/join/a%20b")).toBe("a b");
    expect(joinCodeOf("/join/x/y")).toBeNull();
    expect(joinCodeOf("/courses")).toBeNull();
    expect(joinCodeOf("/join/%E0%A4%A")).toBeNull();
  });
});
