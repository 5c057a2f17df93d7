import Markdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import "katex/dist/katex.min.css";

/**
 * The exercise statement, rendered on the server: markdown with $inline$ and $$display$$ math
 * typeset by KaTeX into HTML (the stylesheet and fonts are bundled; nothing loads from a CDN).
 * Raw HTML in the markdown is not rendered (react-markdown's default), so statements cannot
 * inject scripts.
 */
export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="statement" data-testid="statement">
      <Markdown remarkPlugins={[remarkMath]} rehypePlugins={[[rehypeKatex, { throwOnError: false, strict: "ignore" }]]}>
        {markdown}
      </Markdown>
    </div>
  );
}
