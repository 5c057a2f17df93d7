import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "@/lib/db/statement-cache";

describe("cacheStatements", () => {
  it("prepares each SQL once, binds per use, and keeps reads, writes and errors as before", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    let compiled = 0;
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      compiled++;
      return original(sql);
    }) as typeof db.prepare;
    cacheStatements(db, 2);

    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    const select = "SELECT id, name FROM t WHERE id >= ? ORDER BY id";
    db.prepare(insert).bind([1, "a"]).run();
    db.prepare(insert).bind([2, "b"]).run();
    const read = (from: number) => {
      const statement = db.prepare(select).bind([from]);
      expect(statement.reader).toBe(true);
      expect(statement.columns().map((column) => column.name)).toEqual(["id", "name"]);
      return statement.raw().all();
    };
    expect(read(1)).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
    expect(read(2)).toEqual([[2, "b"]]);
    expect(compiled).toBe(2);
    expect(() => db.prepare(insert).bind([1, "again"]).run()).toThrow(/UNIQUE/);
    db.prepare("BEGIN").run();
    db.prepare("ROLLBACK").run();
    expect(compiled).toBe(4);
    // Beyond `max` (2) the least recently used statement is compiled again on its next use.
    expect(read(1)).toHaveLength(2);
    expect(compiled).toBe(5);
    db.close();
  });
});
