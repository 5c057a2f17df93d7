"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import type { RosterImportResult } from "@/lib/courses/import-roster";

/** Roster import: paste or pick a CSV (email, name, student id), preview what changes, then apply it all at once. */
export function RosterImport({ courseId }: { courseId: string }) {
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<RosterImportResult | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [isPending, setPending] = useState(false);
  const url = `/api/teach/courses/${encodeURIComponent(courseId)}/roster`;

  async function send(mode: "preview" | "apply") {
    setPending(true);
    setMessage(null);
    try {
      const result = await callApi<RosterImportResult>(url, { method: "POST", body: { csv, mode } });
      setPreview(result);
      if (mode === "apply") {
        const changed = result.matched.filter((row) => row.changes).length;
        setMessage({ kind: "success", text: `Imported: ${changed} ${changed === 1 ? "learner" : "learners"} updated.` });
        router.refresh();
      }
    } catch (caught) {
      setMessage({ kind: "error", text: caught instanceof ApiCallError ? caught.message : "Something went wrong." });
    } finally {
      setPending(false);
    }
  }
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
  };
  const changes = preview?.matched.filter((row) => row.changes) ?? [];
  return (
    <div className={ui.form}>
      <p className={`${ui.small} ${ui.muted}`}>
        A CSV with the columns <code>email, name, student id</code> (a header row is optional). Only learners already in the course are updated; an empty cell
        leaves that field as it is.
      </p>
      <label className={ui.field}>
        <span>Roster file</span>
        <input type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
      </label>
      <label className={ui.field}>
        <span>…or paste it</span>
        <textarea
          className={ui.textarea}
          name="roster"
          value={csv}
          rows={4}
          onChange={(event) => {
            setCsv(event.target.value);
            setPreview(null);
          }}
          placeholder={"email,name,student id\nada@uni.edu,Ada Lovelace,S-001"}
        />
      </label>
      <div className={ui.inline}>
        <button type="button" className="button" disabled={isPending || csv.trim() === ""} onClick={() => void send("preview")}>
          Preview
        </button>
        {preview && !preview.applied && (
          <button
            type="button"
            className="button button-primary"
            disabled={isPending || preview.problems.length > 0 || changes.length === 0}
            onClick={() => void send("apply")}
          >
            Apply {changes.length} {changes.length === 1 ? "change" : "changes"}
          </button>
        )}
        {message && (
          <span className={message.kind === "error" ? ui.error : ui.success} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </span>
        )}
      </div>
      {preview && (
        <div data-testid="roster-preview" className={ui.form}>
          {preview.problems.length > 0 && (
            <div role="alert" className={ui.error}>
              <strong>
                {preview.problems.length} bad {preview.problems.length === 1 ? "row" : "rows"}: nothing can be imported until they are fixed.
              </strong>
              <ul>
                {preview.problems.map((problem) => (
                  <li key={problem.line}>
                    Line {problem.line}: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.unknown.length > 0 && (
            <div>
              <strong className={ui.small}>Not imported ({preview.unknown.length})</strong>
              <ul className={ui.small}>
                {preview.unknown.map((row) => (
                  <li key={row.line}>
                    Line {row.line}: {row.email}: {row.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className={ui.tableWrap}>
            <table className={ui.table}>
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Email</th>
                  <th>Name</th>
                  <th>Student id</th>
                </tr>
              </thead>
              <tbody>
                {preview.matched.map((row) => (
                  <tr key={row.line}>
                    <td className={ui.num}>{row.line}</td>
                    <td>{row.email}</td>
                    <td>
                      <Change {...row.displayName} />
                    </td>
                    <td>
                      <Change {...row.studentId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}

function Change({ from, to }: { from: string | null; to: string | null }) {
  if (to === null || to === from) return <span className={ui.muted}>{from ?? "–"}</span>;
  return (
    <span>
      {from && <s className={ui.muted}>{from}</s>} <strong>{to}</strong>
    </span>
  );
}
