import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findExercise } from "@/lib/exercises/catalog";
import { entryFunctions } from "@/lib/exercises/schema";
import { encodeValue } from "@/lib/exercises/values";
import { StatusBadge } from "@/app/_components/status-badge";
import { ComparisonNote } from "./_components/comparison-note";
import { ExamplesList } from "./_components/examples-list";
import { loadWorkspaceData } from "./_components/load-workspace-data";
import { Statement } from "./_components/statement";
import { Workspace } from "./_components/workspace";
import "./exercise.css";
import "./results.css";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = findExercise((await params).id);
  return { title: exercise ? exercise.meta.title : "Exercise not found" };
}

/**
 * An exercise: the statement on the left (server-rendered, math included), the editor and
 * results on the right (client). Only catalog content reaches this page: never tests,
 * references or mistake code (the given helpers are public).
 */
export default async function ExercisePage({ params }: Props) {
  const { id } = await params;
  const exercise = findExercise(id);
  if (!exercise) notFound();
  const { meta } = exercise;
  const data = await loadWorkspaceData(meta.id);
  // Plots name visible examples (the loader checked they exist); their data crosses to the client encoded.
  const plots = (meta.plots ?? []).flatMap((spec) => {
    const example = exercise.examples.find((candidate) => candidate.name === spec.example);
    return example ? [{ spec, argsJson: JSON.stringify(encodeValue(example.args)), expectedJson: JSON.stringify(encodeValue(example.expected)) }] : [];
  });

  return (
    <main className="exercise-layout">
      <article className="exercise-statement" aria-label="Statement">
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
      />
    </main>
  );
}
