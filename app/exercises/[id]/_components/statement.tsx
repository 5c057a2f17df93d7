import Markdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import "katex/dist/katex.min.css";

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/**
 * Wide display formulas and code blocks scroll sideways (phones): they take focus so the
 * keyboard can scroll them too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
function rehypeFocusableScrollers() {
  const visit = (node: HastNode) => {
    const classes = node.properties?.className;
    const isDisplayMath = Array.isArray(classes) && classes.includes("katex-display");
    if (node.type === "element" && (isDisplayMath || node.tagName === "pre")) node.properties = { ...node.properties, tabIndex: 0 };
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

/**
 * The exercise statement, rendered on the server: markdown with $inline$ and $$display$$ math
 * typeset by KaTeX into HTML (the stylesheet and fonts are bundled; nothing loads from a CDN).
 * Raw HTML in the markdown is not rendered (react-markdown's default), so statements cannot
 * inject scripts.
 */
export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="statement" data-testid="statement">
      <Markdown remarkPlugins={[remarkMath]} rehypePlugins={[[rehypeKatex, { throwOnError: false, strict: "ignore" }], rehypeFocusableScrollers]}>
        {markdown}
      </Markdown>
    </div>
  );
}
