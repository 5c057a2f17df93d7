import type { ReactNode } from "react";
import type { ExerciseContent } from "@/lib/exercises/load-catalog";
import { entryFunctions } from "@/lib/exercises/schema";
import { encodeValue } from "@/lib/exercises/values";
import { StatusBadge } from "@/app/_components/status-badge";
import { ComparisonNote } from "./comparison-note";
import { ExamplesList } from "./examples-list";
import { ExerciseLayout } from "./exercise-layout";
import type { WorkspaceData } from "./load-workspace-data";
import { Statement } from "./statement";
import type { WorkspaceSetContext } from "./types";
import { Workspace } from "./workspace";
import "../exercise.css";
import "../results.css";

/**
 * An exercise: the statement on the left (server-rendered, math included), the editor and
 * results on the right (client). Used by the public page (/exercises/<id>) and by the page of
 * an exercise inside a set (/courses/<course>/sets/<set>/exercises/<id>), which adds `context`
 * (breadcrumb, due date, rules) and `setContext` (rules beside Submit, next exercise). Only
 * catalog content reaches it: never tests, references or mistake code (the given helpers are public).
 */
export function ExerciseView({
  exercise,
  data,
  context,
  setContext = null,
}: {
  exercise: ExerciseContent;
  data: WorkspaceData;
  context: ReactNode;
  setContext?: WorkspaceSetContext | null;
}) {
  const { meta } = exercise;
  // Plots name visible examples (the loader checked they exist); their data crosses to the client encoded.
  const plots = (meta.plots ?? []).flatMap((spec) => {
    const example = exercise.examples.find((candidate) => candidate.name === spec.example);
    return example ? [{ spec, argsJson: JSON.stringify(encodeValue(example.args)), expectedJson: JSON.stringify(encodeValue(example.expected)) }] : [];
  });
  return (
    <ExerciseLayout
      statement={
        <article className="exercise-statement" aria-label="Statement" tabIndex={0}>
          {context}
          <header className="exercise-header">
            <h1>{meta.title}</h1>
            <div className="exercise-meta" data-testid="exercise-meta">
              <span className={`badge badge-${meta.difficulty}`}>{meta.difficulty}</span>
              <StatusBadge status={data.status} isRobust={data.isRobust} />
              {meta.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </div>
          </header>
          <Statement markdown={exercise.statement} />
          <ComparisonNote comparison={meta.comparison} limits={meta.limits} functionCount={entryFunctions(meta).length} />
          <ExamplesList examples={exercise.examples} functions={entryFunctions(meta)} />
        </article>
      }
      workspace={
        <Workspace
          exerciseId={meta.id}
          starter={exercise.starter}
          serverDraft={data.draft}
          history={data.history}
          exampleCount={exercise.examples.length}
          hiddenCount={data.hiddenCount}
          plots={plots}
          given={exercise.given.map(({ file, source }) => ({ file, source }))}
          storageProblem={data.storageProblem}
          submitIntervalSeconds={data.submitIntervalSeconds}
          setContext={setContext}
        />
      }
    />
  );
}
