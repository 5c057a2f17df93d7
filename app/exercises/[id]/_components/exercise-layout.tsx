"use client";

import { useState, type ReactNode } from "react";

/**
 * The two panes of an exercise. Wide screens show both side by side; on a phone a tab bar
 * switches between the statement and the code, so the editor is one tap away instead of
 * below the whole statement.
 */
export function ExerciseLayout({ statement, workspace }: { statement: ReactNode; workspace: ReactNode }) {
  const [pane, setPane] = useState<"statement" | "code">("statement");
  return (
    <main className="exercise-layout" data-pane={pane}>
      <div className="pane-tabs" role="tablist" aria-label="Exercise panes">
        <button
          type="button"
          role="tab"
          id="pane-tab-statement"
          aria-controls="pane-statement"
          aria-selected={pane === "statement"}
          className="pane-tab"
          onClick={() => setPane("statement")}
        >
          Statement
        </button>
        <button
          type="button"
          role="tab"
          id="pane-tab-code"
          aria-controls="pane-code"
          aria-selected={pane === "code"}
          className="pane-tab"
          onClick={() => setPane("code")}
        >
          Code
        </button>
      </div>
      <div className="pane pane-statement" id="pane-statement">
        {statement}
      </div>
      <div className="pane pane-code" id="pane-code">
        {workspace}
      </div>
    </main>
  );
}
