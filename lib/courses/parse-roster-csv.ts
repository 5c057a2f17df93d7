import { ZEmail } from "../auth/schemas";
import { ZProfileInput } from "../auth/profile-input";

/** One roster row that parsed: its line in the file (1-based) and the fields to set. */
export interface RosterRow {
  line: number;
  email: string;
  displayName: string | null;
  studentId: string | null;
}

/** A row that did not parse, with the line an instructor finds it on in their spreadsheet. */
export interface RosterProblem {
  line: number;
  message: string;
}

export const ROSTER_MAX_BYTES = 200 * 1024; // under the API's 256 KB body cap
export const ROSTER_MAX_ROWS = 5000;

const HEADERS: Record<string, keyof Omit<RosterRow, "line">> = {
  email: "email",
  "e-mail": "email",
  name: "displayName",
  "display name": "displayName",
  "full name": "displayName",
  "student id": "studentId",
  student_id: "studentId",
  studentid: "studentId",
  "student number": "studentId",
  id: "studentId",
};

/**
 * Parses a roster CSV (RFC 4180: commas, double quotes, quoted line breaks; a BOM, CRLF, and
 * semicolons as spreadsheets in some locales write them): columns email, name, student id, in
 * that order or named by a header row. Empty lines are skipped; an empty name or id leaves that
 * field as it is. Every bad row is reported with its line number, never silently dropped.
 */
export function parseRosterCsv(text: string): { rows: RosterRow[]; problems: RosterProblem[] } {
  const records = splitRecords(text.replace(/^\uFEFF/, ""));
  const problems: RosterProblem[] = [];
  const rows: RosterRow[] = [];
  let columns: (keyof Omit<RosterRow, "line">)[] = ["email", "displayName", "studentId"];
  const first = records.find((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (first && !first.cells[0]?.includes("@")) {
    const named = first.cells.map((cell) => HEADERS[cell.trim().toLowerCase()]);
    if (!named.includes("email")) {
      problems.push({ line: first.line, message: `The header row needs an "email" column (found: ${first.cells.join(", ")}).` });
      return { rows, problems };
    }
    columns = named.map((column) => column ?? ("ignored" as never));
    records.splice(records.indexOf(first), 1);
  }
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    if (rows.length + problems.length >= ROSTER_MAX_ROWS) {
      problems.push({ line, message: `A roster has at most ${ROSTER_MAX_ROWS} rows.` });
      break;
    }
    const value = (column: keyof Omit<RosterRow, "line">) => {
      const index = columns.indexOf(column);
      return index >= 0 ? (cells[index] ?? "") : "";
    };
    if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell.trim() !== "")) {
      problems.push({ line, message: `Too many columns (${cells.length}); expected ${columns.filter((c) => (c as string) !== "ignored").join(", ")}.` });
      continue;
    }
    const email = ZEmail.safeParse(value("email"));
    if (!email.success) {
      problems.push({ line, message: value("email").trim() === "" ? "The email is missing." : `"${value("email").trim()}" is not an email address.` });
      continue;
    }
    const profile = ZProfileInput.safeParse({ displayName: value("displayName"), studentId: value("studentId") });
    if (!profile.success) {
      problems.push({ line, message: profile.error.issues[0]?.message ?? "Invalid name or student id." });
      continue;
    }
    const earlier = seen.get(email.data);
    if (earlier !== undefined) {
      problems.push({ line, message: `${email.data} is already on line ${earlier}.` });
      continue;
    }
    seen.set(email.data, line);
    rows.push({ line, email: email.data, ...profile.data });
  }
  return { rows, problems };
}

/** CSV records with the line each starts on; quoted fields may hold commas, quotes ("") and line breaks. */
function splitRecords(text: string): { line: number; cells: string[] }[] {
  const delimiter = detectDelimiter(text);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = "";
      line += 1;
      start = line;
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return records;
}

/** Semicolons when the first line has more of them than commas (spreadsheets in comma-decimal locales). */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
