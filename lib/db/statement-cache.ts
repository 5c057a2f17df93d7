import type { Database, Statement } from "better-sqlite3";

/**
 * Makes `db.prepare(sql)` reuse compiled statements. Prisma's better-sqlite3 adapter prepares
 * every query afresh (`client.prepare(sql).bind(args)`, then `run()` or `columns()` and
 * `raw().all()`): under load that was 4-5% of the web server's CPU (`npm run loadtest` burst
 * profile). A statement can be bound only once, so what is returned binds per use instead:
 * the same calls, one cached statement underneath. Least recently used statements beyond `max`
 * are dropped (Prisma's IN lists make the SQL vary with their length).
 */
export function cacheStatements(db: Database, max = 256): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement)
      cache.delete(sql); // re-inserted below: most recently used last
    else statement = prepare(sql);
    cache.set(sql, statement);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return bindPerUse(statement);
  }) as Database["prepare"];
}

function bindPerUse(statement: Statement) {
  const boundTo = (args: unknown[]) => ({
    reader: statement.reader,
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: (toggle = true) => {
      statement.raw(toggle);
      return { all: () => statement.all(args) };
    },
  });
  return { ...boundTo([]), bind: (args: unknown[]) => boundTo(args) };
}
