// `npm run bench -- jobs [--runs N]`: field accuracy per fixture page and extraction time per page
// (after fetching). Target: under 50 ms per page. Pages: the saved Indeed page in ../shared (real),
// the same page with its JSON-LD removed (site fallback on a 550 KB DOM), and the reproduced layouts
// in src/main/core/jobs/testing/sample-pages.fixture.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { captureFromHtml } from '../src/main/core/jobs/capture/capture-sources';
import { HIDDEN_INSTRUCTIONS_PAGE, SAMPLE_PAGES, type SamplePage } from '../src/main/core/jobs/testing/sample-pages.fixture';
import { ms, summarize } from './stats';

const SHARED = path.resolve(import.meta.dirname, '../../shared/fixtures/jobs');

interface Case {
  name: string;
  url: string;
  html: string;
  expected: Record<string, unknown>;
}

function indeedCases(): Case[] {
  const file = path.join(SHARED, 'coverletterer_indeed_job.html');
  if (!existsSync(file)) {
    console.log(`(skipping the Indeed page: ${SHARED} is absent)`);
    return [];
  }
  const html = readFileSync(file, 'utf8');
  const truth = JSON.parse(readFileSync(path.join(SHARED, 'coverletterer.groundtruth.json'), 'utf8'))['coverletterer_indeed_job.html'];
  const ld = truth.embedded_jsonld;
  const expected = {
    title: truth.asserted_by_source_tests.title_equals,
    company: truth.asserted_by_source_tests.company_equals,
    location: `${ld.jobLocation.address.addressLocality} ${ld.jobLocation.address.addressRegion} ${ld.jobLocation.address.postalCode}`,
    salaryMin: ld.baseSalary.value.minValue,
    salaryMax: ld.baseSalary.value.maxValue,
    currency: ld.baseSalary.currency,
    period: ld.baseSalary.value.unitText.toLowerCase(),
    postedAt: ld.datePosted,
    employmentType: ld.employmentType[0].toLowerCase(),
  };
  const url = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
  const { postedAt: _p, ...withoutDate } = expected;
  return [
    { name: 'indeed (real, JSON-LD)', url, html, expected },
    { name: 'indeed (real, JSON-LD removed)', url, html: html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''), expected: withoutDate },
  ];
}

function sampleCase(page: SamplePage): Case {
  const { descriptionIncludes: _d, ...expected } = page.expected;
  return { name: page.name, url: `https://example.test${page.path}`, html: page.html, expected };
}

function actual(c: Case): Record<string, unknown> {
  const d = captureFromHtml(c.html, c.url, 'url').draft;
  return {
    title: d.title, company: d.company, location: d.locations[0] ?? null, salaryMin: d.salary?.min, salaryMax: d.salary?.max,
    currency: d.salary?.currency, period: d.salary?.period, postedAt: d.postedAt, employmentType: d.employmentType, remote: d.remote,
  };
}

export async function run(args: string[]): Promise<void> {
  const runs = Number(args[args.indexOf('--runs') + 1]) || 20;
  const cases = [...indeedCases(), ...SAMPLE_PAGES.map(sampleCase), { name: 'hidden-instructions page', url: 'https://example.test/qa', html: HIDDEN_INSTRUCTIONS_PAGE, expected: { title: 'QA Engineer', company: 'Trapdoor Inc' } }];
  const rows: string[][] = [['page', 'KB', 'fields right', 'wrong', 'median', 'p95', 'first run']];
  let allMedians = 0;
  for (const c of cases) {
    const t0 = performance.now();
    const got = actual(c);
    const first = performance.now() - t0;
    const wrong: string[] = [];
    let right = 0;
    for (const [key, want] of Object.entries(c.expected)) {
      const have = got[key];
      const ok = key === 'location' ? typeof have === 'string' && have.startsWith(String(want)) : have === want;
      if (ok) right++;
      else wrong.push(`${key}=${JSON.stringify(have)}≠${JSON.stringify(want)}`);
    }
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      captureFromHtml(c.html, c.url, 'url');
      samples.push(performance.now() - t);
    }
    const s = summarize(samples);
    allMedians = Math.max(allMedians, s.median);
    rows.push([c.name, String(Math.round(c.html.length / 1024)), `${right}/${Object.keys(c.expected).length}`, wrong.join(' ') || '-', ms(s.median), ms(s.p95), ms(first)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  console.log(`\nSlowest median: ${ms(allMedians)} per page (target < 50 ms); ${runs} runs per page after one warm-up, on ${process.arch} with ${(await import('node:os')).cpus().length} CPUs (load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}).`);
}
