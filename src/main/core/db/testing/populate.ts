import type Database from 'better-sqlite3';

/**
 * Fills every ordinary table of a database with `rows` rows, whatever its schema: parents before
 * children (foreign keys point at rows that exist), NOT NULL columns get values of their type, TEXT
 * columns get valid JSON strings (so JSON columns parse), unique columns differ per row. Used to run
 * each migration on a populated database rather than an empty one.
 */
interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

export function populateAllTables(sqlite: Database.Database, rows = 5): Record<string, number> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE '%_fts_%'",
    )
    .pluck()
    .all() as string[];
  const fks = new Map(tables.map((t) => [t, sqlite.prepare(`PRAGMA foreign_key_list("${t}")`).all() as ForeignKey[]]));
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>): void => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const fk of fks.get(t) ?? []) if (fk.table !== t && tables.includes(fk.table)) visit(fk.table, path);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());

  const inserted: Record<string, number> = {};
  for (const table of ordered) {
    const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
    const keys = fks.get(table) ?? [];
    let count = 0;
    for (let i = 0; i < rows; i++) {
      const values = columns.map((c) => {
        const fk = keys.find((k) => k.from === c.name);
        if (fk) {
          const target = fk.to ?? 'rowid';
          return (
            sqlite
              .prepare(`SELECT "${target}" FROM "${fk.table}" ORDER BY rowid LIMIT 1 OFFSET ?`)
              .pluck()
              .get(i % Math.max(1, rows)) ?? null
          );
        }
        const type = c.type.toUpperCase();
        if (c.pk && type.includes('INT')) return null; // rowid alias: SQLite numbers it
        if (type.includes('INT')) return i;
        if (type.includes('REAL') || type.includes('NUM')) return i + 0.5;
        if (type.includes('BLOB')) return Buffer.from([i]);
        return JSON.stringify(`${table}-${c.name}-${i}`);
      });
      const placeholders = columns.map(() => '?').join(', ');
      const names = columns.map((c) => `"${c.name}"`).join(', ');
      count += sqlite
        .prepare(`INSERT OR IGNORE INTO "${table}" (${names}) VALUES (${placeholders})`)
        .run(...values).changes;
    }
    inserted[table] = count;
  }
  return inserted;
}
