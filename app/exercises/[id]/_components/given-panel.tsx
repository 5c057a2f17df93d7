import type { GivenSource } from "./types";

/**
 * The helpers this exercise gives the learner, read-only. The grader declares them before the
 * learner's code runs, so they are called as they are; a function of the same name in the
 * learner's file takes its place.
 */
export function GivenPanel({ given }: { given: GivenSource[] }) {
  return (
    <div className="given-panel">
      <p className="given-note">
        Call these functions from your code as they are: they are defined for you when your code runs, and the editor knows their types. They are read-only
        here; a function of the same name in your file replaces one.
      </p>
      {given.map(({ file, source }) => (
        <figure key={file} className="given-file">
          <figcaption>
            <code>{file.split("/").pop()}</code> <span className="given-readonly">read-only</span>
          </figcaption>
          <pre tabIndex={0} aria-label={`Given helpers: ${file}`}>
            <code>{source}</code>
          </pre>
        </figure>
      ))}
    </div>
  );
}
