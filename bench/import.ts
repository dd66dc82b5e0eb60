// The CV import pipeline end to end (sniff, size cap, worker thread, parse): latency of a cold and a
// warm worker against parsing in-process, and how long the main thread's event loop stalls meanwhile
// (the app's responsiveness while a CV is parsed). Needs ../shared/fixtures/resumes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importDocument } from '../src/main/core/profile/import';
import { ms, summarize } from './stats';

const RESUMES = path.resolve(import.meta.dirname, '../../shared/fixtures/resumes');
const FILES = [
  'rendercv_classic.pdf',
  'reactive-resume_azurill.pdf',
  'resume-matcher_two-column.pdf',
  'soupboss_01-accountant.docx',
  'europass_CV-Europass-20171212-Smith-EN.pdf',
];

async function measure(label: string, rounds: number, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  // A 2 ms ticker on the main thread: the longest gap between ticks is the longest UI freeze.
  let last = performance.now();
  let worstGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
  }, 2);
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  clearInterval(ticker);
  worstGap = Math.max(worstGap, performance.now() - last);
  const s = summarize(samples);
  console.log(
    `${label.padEnd(58)} median ${ms(s.median).padStart(12)}  p95 ${ms(s.p95).padStart(12)}  longest main-thread stall ${ms(worstGap).padStart(12)}`,
  );
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(RESUMES)) {
    console.log(`skipped: ${RESUMES} is absent`);
    return;
  }
  const rounds = Number(args[0] ?? 10);
  const docs = FILES.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(RESUMES, f))) }));
  const first = docs[0]!;
  await measure('worker, first import (cold start)', 1, () => importDocument(first.bytes, first.name));
  for (const doc of docs) {
    await measure(`worker (warm): ${doc.name}`, rounds, () => importDocument(doc.bytes, doc.name));
    await measure(`in-process:    ${doc.name}`, rounds, () => importDocument(doc.bytes, doc.name, { inProcess: true }));
  }
}
