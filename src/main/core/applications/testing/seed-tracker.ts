import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { generateHistory, seededRandom, type GeneratedApplication } from './generate-history';

/**
 * Fills a database with `jobs` jobs and `applications` applications (generated histories) in one
 * transaction, straight through SQL: test and benchmark scaffolding, far faster than the services.
 */
export function seedTracker(
  sqlite: Database.Database,
  opts: { jobs: number; applications: number; seed?: number },
): { apps: (GeneratedApplication & { id: string })[]; jobIds: string[] } {
  const rnd = seededRandom((opts.seed ?? 7) + 1);
  const words = [
    'Data',
    'Platform',
    'Frontend',
    'Backend',
    'Staff',
    'Senior',
    'Product',
    'Design',
    'Site Reliability',
    'Security',
    'Mobile',
    'Machine Learning',
  ];
  const roles = ['Engineer', 'Designer', 'Manager', 'Analyst', 'Scientist', 'Developer'];
  const companies = Array.from({ length: 400 }, (_, i) => `Company ${i} ${words[i % words.length]} Labs`);
  const insertJob = sqlite.prepare(
    `INSERT INTO jobs (id, title, company, locations, remote, description_text, description_html, source, extracted_by, capture_log, status, content_hash, created_at, updated_at)
     VALUES (?, ?, ?, '[]', 'unknown', ?, '', 'paste', 'seed', '[]', 'saved', ?, ?, ?)`,
  );
  const insertApp = sqlite.prepare(
    `INSERT INTO applications (id, job_id, status, status_on, applied_on, source, notes, match_score, match_formula_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertChange = sqlite.prepare(
    'INSERT INTO application_status_changes (application_id, from_status, to_status, on_day, recorded_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFts = sqlite.prepare(
    'INSERT INTO applications_fts (application_id, notes, timeline, contacts) VALUES (?, ?, ?, ?)',
  );
  const jobIds: string[] = [];
  const apps: (GeneratedApplication & { id: string })[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < opts.jobs; i++) {
      const id = randomUUID();
      const title = `${words[Math.floor(rnd() * words.length)]} ${roles[Math.floor(rnd() * roles.length)]}`;
      const company = companies[Math.floor(rnd() * companies.length)]!;
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      insertJob.run(
        id,
        title,
        company,
        `${title} at ${company}. TypeScript, SQL and kindness. Posting ${i}.`,
        `seed-${id}`,
        at,
        at,
      );
      jobIds.push(id);
    }
    for (const g of generateHistory(opts.applications, opts.seed ?? 7)) {
      const id = randomUUID();
      const last = g.changes.at(-1)!;
      const applied = g.changes.filter((c) => c.to === 'applied').at(-1)?.on ?? null;
      const at = `${last.on}T12:00:00.000Z`;
      const notes = `Note ${g.index}: ${g.source} lead, followed up with recruiter ${g.index % 97}.`;
      insertApp.run(
        id,
        jobIds[g.index % jobIds.length],
        last.to,
        last.on,
        applied,
        g.source,
        notes,
        g.matchScore,
        g.matchScore === null ? null : 'match-v1',
        at,
        at,
      );
      let from: string | null = null;
      for (const c of g.changes) {
        insertChange.run(id, from, c.to, c.on, at);
        from = c.to;
      }
      insertFts.run(id, notes, '', '');
      apps.push({ ...g, id });
    }
  })();
  return { apps, jobIds };
}
