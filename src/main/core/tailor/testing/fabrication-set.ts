import { Profile } from '../../../../shared/domain/profile';
import { seededRandom } from '../../testing/seeded-random';

/**
 * A seeded generator of tailoring output to measure the truth check: for each seed a random
 * profile, faithful rewrites of its facts (paraphrases, reordered clauses, skill aliases,
 * reformatted dates and numbers) and planted fabrications of every kind, each with the span of the
 * planted claim. Same seed, same set.
 */

export interface EvalCase {
  seed: number;
  label: string;
  text: string;
  factIds: string[];
  /** The planted fabrication (null: a faithful rewrite that must pass). */
  planted: { kind: string; start: number; end: number } | null;
}

const rng = seededRandom;

const EMPLOYERS = [
  'Acme Payments',
  'Globex Retail',
  'Initech Systems',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Analytics',
  'Hooli Cloud',
  'Vandelay Imports',
  'Soylent Foods',
  'Tyrell Robotics',
  'Cyberdyne Labs',
  'Wonka Industries',
];
const OUTSIDERS = ['Microsoft', 'Google', 'Netflix', 'Spotify', 'Deloitte', 'Shopify'];
const TITLES = [
  'Software Engineer',
  'Senior Software Engineer',
  'Data Engineer',
  'Backend Developer',
  'Platform Engineer',
  'Data Analyst',
];
const INFLATED_TITLES = [
  'Principal Engineer',
  'Engineering Director',
  'Chief Technology Officer',
  'Head of Engineering',
];
/** [canonical as written in the profile, an alias a rewrite may use]. */
const SKILLS: [string, string][] = [
  ['PostgreSQL', 'Postgres'],
  ['Kubernetes', 'K8s'],
  ['Apache Kafka', 'Kafka'],
  ['Golang', 'Go'],
  ['Amazon Web Services', 'AWS'],
  ['Google Cloud Platform', 'GCP'],
  ['Apache Spark', 'Spark'],
  ['Apache Airflow', 'Airflow'],
  ['TypeScript', 'TypeScript'],
  ['Terraform', 'Terraform'],
  ['Redis', 'Redis'],
  ['Snowflake', 'Snowflake'],
  ['React', 'React.js'],
  ['Node.js', 'Node.js'],
];
const LACKING = ['Rust', 'Haskell', 'Elixir', 'Scala', 'Cassandra', 'Elasticsearch', 'Azure', 'Svelte'];
const THINGS = ['infrastructure', 'cloud', 'support', 'hosting', 'processing'];
const METHODS = [
  'migrating batch jobs to',
  'rebuilding the billing service on',
  'consolidating pipelines in',
  'rewriting the reporting layer with',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface JobFacts {
  id: string;
  employer: string;
  title: string;
  start: { y: number; m: number };
  end: { y: number; m: number };
  bullets: {
    id: string;
    pct: number;
    thing: string;
    method: string;
    skill: [string, string];
    users: number;
    team: number;
    saving: number;
  }[];
}

const iso = (d: { y: number; m: number }) => `${d.y}-${String(d.m).padStart(2, '0')}`;

/** One seed's profile and cases. */
export function generateCases(seed: number): { profile: Profile; cases: EvalCase[] } {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const employers = [...EMPLOYERS].sort(() => r() - 0.5).slice(0, 3);
  const skills = [...SKILLS].sort(() => r() - 0.5);
  const usedNumbers = new Set<number>();
  const fresh = (lo: number, hi: number, step = 1) => {
    for (;;) {
      const n = lo + step * Math.floor(r() * ((hi - lo) / step + 1));
      if (!usedNumbers.has(n)) return (usedNumbers.add(n), n);
    }
  };
  let year = 2024;
  const jobs: JobFacts[] = employers.map((employer, j) => {
    const end = { y: year, m: 1 + Math.floor(r() * 12) };
    const start = { y: year - 2 - Math.floor(r() * 3), m: 1 + Math.floor(r() * 12) };
    year = start.y - 1;
    const bullets = [0, 1].map((b) => ({
      id: `w${j}h${b}`,
      pct: fresh(11, 89),
      thing: pick(THINGS),
      method: pick(METHODS),
      skill: skills[j * 2 + b]!,
      users: fresh(2000, 95000, 1000),
      team: fresh(3, 9),
      saving: fresh(120, 900, 10),
    }));
    return { id: `w${j}`, employer, title: TITLES[(seed + j) % TITLES.length]!, start, end, bullets };
  });
  const bulletText = (b: JobFacts['bullets'][number]) =>
    `Cut ${b.thing} costs by ${b.pct}% by ${b.method} ${b.skill[0]}, serving ${b.users.toLocaleString('en-US')} users with a team of ${b.team} engineers and saving $${b.saving}K a year.`;
  const profile = Profile.parse({
    basics: { name: 'Test Person', label: jobs[0]!.title },
    work: jobs.map((j) => ({
      id: j.id,
      name: j.employer,
      position: j.title,
      startDate: iso(j.start),
      endDate: iso(j.end),
      highlights: j.bullets.map((b) => ({ id: b.id, text: bulletText(b) })),
    })),
    education: [
      {
        id: 'e0',
        institution: 'University of Leeds',
        studyType: 'BSc',
        area: 'Computer Science',
        endDate: String(jobs[2]!.start.y - 1),
      },
    ],
    certificates: [{ id: 'c0', name: 'Terraform Associate', issuer: 'HashiCorp', date: '2021-04' }],
  });

  const cases: EvalCase[] = [];
  const faithful = (label: string, text: string, factIds: string[]) =>
    cases.push({ seed, label, text, factIds, planted: null });
  const planted = (label: string, kind: string, before: string, claim: string, after: string, factIds: string[]) =>
    cases.push({
      seed,
      label,
      text: before + claim + after,
      factIds,
      planted: { kind, start: before.length, end: before.length + claim.length },
    });

  const job = pick(jobs);
  const other = jobs.find((j) => j !== job)!;
  const b = pick(job.bullets);
  const ob = pick(other.bullets);
  const ids = [b.id];
  const users = b.users >= 10000 && r() < 0.5 ? `${b.users / 1000}k` : String(b.users);
  const teamWord = ['', '', '', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][b.team]!;
  const monthName = (d: { y: number; m: number }) =>
    r() < 0.5 ? `${MONTHS[d.m - 1]} ${d.y}` : `${MONTHS[d.m - 1]!.slice(0, 3)} ${d.y}`;

  // Faithful rewrites: paraphrase, reordered clauses, aliases, reformatted numbers and dates.
  faithful(
    'reordered + alias',
    `By ${b.method} ${b.skill[1]}, reduced ${b.thing} spend ${b.pct} percent and saved $${b.saving},000 annually.`,
    ids,
  );
  faithful(
    'paraphrase + number format',
    `Led ${teamWord} engineers to serve ${users} users on ${b.skill[1]}, lowering ${b.thing} costs by ${b.pct}%.`,
    ids,
  );
  faithful(
    'entry with reformatted dates',
    `${job.title} at ${job.employer} (${monthName(job.start)} – ${String(job.end.m).padStart(2, '0')}/${job.end.y}): saved $${b.saving}K a year.`,
    [job.id, b.id],
  );
  faithful(
    'two facts, two jobs',
    `At ${job.employer} and ${other.employer}, cut costs by ${b.pct}% and ${ob.pct}% using ${b.skill[1]} and ${ob.skill[1]}.`,
    [b.id, ob.id],
  );
  faithful('education reformatted', `BSc in Computer Science from the University of Leeds, ${jobs[2]!.start.y - 1}.`, [
    'e0',
  ]);
  faithful('certificate', `Terraform Associate (HashiCorp), April 2021.`, ['c0']);

  // Planted fabrications, one claim each.
  const s = `by ${b.method} ${b.skill[1]}.`;
  planted('inflated percent', 'percent', `Cut ${b.thing} costs by `, `${b.pct + 5}%`, ` ${s}`, ids);
  planted('borrowed percent', 'percent', `Cut ${b.thing} costs by `, `${ob.pct}%`, ` ${s}`, ids);
  planted('inflated users', 'number', `Served `, `${(b.users * 3).toLocaleString('en-US')}`, ` users ${s}`, ids);
  planted('borrowed money', 'money', `Saved `, `$${ob.saving}K`, ` a year ${s}`, ids);
  planted('inflated money', 'money', `Saved `, `$${(b.saving * 2000).toLocaleString('en-US')}`, ` a year ${s}`, ids);
  planted(
    'invented team size',
    'team-size',
    `Cut costs by ${b.pct}% `,
    `leading a team of ${b.team + 6} engineers`,
    '.',
    ids,
  );
  planted(
    'wrong employer (profile)',
    'employer',
    `At `,
    other.employer,
    `, cut ${b.thing} costs by ${b.pct}% ${s}`,
    ids,
  );
  planted(
    'wrong employer (outside)',
    'employer',
    `Joined `,
    pick(OUTSIDERS),
    ` and cut ${b.thing} costs by ${b.pct}% ${s}`,
    ids,
  );
  planted(
    'shifted start date',
    'date',
    `${job.title} at ${job.employer} since `,
    monthName({ y: job.start.y - 1, m: job.start.m }),
    '.',
    [job.id],
  );
  planted('shifted end year', 'date', `${job.title} at ${job.employer} until `, String(job.end.y + 1), '.', [job.id]);
  planted(
    'skill the user lacks',
    'skill',
    `Cut ${b.thing} costs by ${b.pct}% by ${b.method} `,
    pick(LACKING),
    '.',
    ids,
  );
  planted(
    'invented degree',
    'degree',
    'Holds a ',
    pick(['PhD', 'Master’s degree', 'MBA', 'MSc']),
    ' in Computer Science from the University of Leeds.',
    ['e0'],
  );
  planted(
    'invented school',
    'school',
    'BSc in Computer Science from ',
    pick(['Stanford University', 'MIT', 'Imperial College', 'University of Oxford']),
    '.',
    ['e0'],
  );
  planted(
    'invented certification',
    'certification',
    `Cut costs by ${b.pct}% as a `,
    pick(['Certified Kubernetes Administrator', 'CISSP', 'PMP', 'Google Certified Professional Cloud Architect']),
    '.',
    ids,
  );
  planted('inflated title', 'title', 'As ', pick(INFLATED_TITLES), ` at ${job.employer}, cut costs by ${b.pct}%.`, [
    job.id,
    b.id,
  ]);
  planted(
    'inflated duration',
    'duration',
    'Brings ',
    `${Math.round(job.end.y - job.start.y + 6)} years`,
    ` of ${b.skill[1]} experience.`,
    [job.id, b.id],
  );
  return { profile, cases };
}
