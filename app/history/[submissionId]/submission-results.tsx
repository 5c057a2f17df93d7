"use client";

import type { GradeResult } from "@/lib/grading/types";
import { ResultsPanel } from "../../exercises/[id]/_components/results-panel";

/**
 * The exercise page's results panel for a stored submission. A client component because the
 * panel loads its plots with next/dynamic (ssr: false), which server components cannot use.
 */
export function SubmissionResults({ result, exampleCount }: { result: GradeResult; exampleCount: number }) {
  return <ResultsPanel shown={{ source: "submit", result }} exampleCount={exampleCount} />;
}
