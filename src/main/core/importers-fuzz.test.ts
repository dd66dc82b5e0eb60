import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureInput } from '../../shared/domain/job';
import { AppError } from '../../shared/ipc/result';
import { fuzzSeeds, type Seed } from './fuzz-seeds.fixture';
import { rng } from './profile/import/testing/cv-generate';
import { createTestCore } from './testing';

/**
 * Hostile input: 2,000 cases built from one seed of every importer's formats (CV files: PDF, DOCX,
 * TXT, Markdown, JSON Resume, LinkedIn zip; job documents: PDF, DOCX, TXT; job pages: HTML; tracker
 * CSV exports for applications), mutated:
 * truncated, bit-flipped, spliced, garbage behind a real magic number, oversized, zip bombs and deeply
 * nested JSON. Every case must end in a result or an AppError with a message a person can act on
 * (never an internal error or a crash), within its time limit; memory stays bounded and nothing is
 * written to the database (a CSV the preview refuses is also offered to the real import, which must
 * refuse it without writing).
 */
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const core = createTestCore();
afterAll(() => core.cleanup());

/** 80 MB of zeros in about 80 KB, built once. */
let bomb: Uint8Array | undefined;

type Mutation = 'truncate' | 'bitflip' | 'splice' | 'garbage' | 'oversized' | 'zipbomb' | 'nested-json';

function mutate(seed: Seed, kind: Mutation, random: () => number, other: Seed): { name: string; bytes: Uint8Array } {
  const b = seed.bytes;
  const at = (n: number): number => Math.floor(random() * n);
  switch (kind) {
    case 'truncate':
      return { name: seed.name, bytes: b.slice(0, at(b.byteLength)) };
    case 'bitflip': {
      const out = b.slice();
      for (let i = 1 + at(32); i > 0; i--) out[at(out.byteLength)]! ^= 1 << at(8);
      return { name: seed.name, bytes: out };
    }
    case 'splice': {
      const start = at(b.byteLength);
      const piece = other.bytes.slice(at(other.bytes.byteLength), at(other.bytes.byteLength) + 4096);
      return { name: seed.name, bytes: new Uint8Array([...b.slice(0, start), ...piece, ...b.slice(start + at(4096))]) };
    }
    case 'garbage': {
      const head = b.slice(0, 8);
      const body = new Uint8Array(256 + at(64 * 1024)).map(() => at(256));
      return { name: seed.name, bytes: new Uint8Array([...head, ...body]) };
    }
    case 'oversized':
      return { name: seed.name, bytes: new Uint8Array(21 * 1024 * 1024 + at(1024)) };
    case 'zipbomb':
      bomb ??= zipSync(
        {
          '[Content_Types].xml': new Uint8Array(100),
          'word/document.xml': new Uint8Array(80 * 1024 * 1024),
          'Profile.csv': new Uint8Array(10),
        },
        { level: 9 },
      );
      return { name: random() < 0.5 ? 'cv.docx' : 'Basic_LinkedInDataExport.zip', bytes: bomb };
    case 'nested-json': {
      const depth = 10_000 + at(200_000);
      return {
        name: 'resume.json',
        bytes: new TextEncoder().encode(`{"basics":${'['.repeat(depth)}${']'.repeat(depth)}}`),
      };
    }
  }
}

const ROUTINE: Mutation[] = ['truncate', 'bitflip', 'splice', 'garbage'];
const rowCounts = (): Record<string, number> => {
  const tables = core.database.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (core.database.sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
};

async function runCase(importer: Seed['importer'], name: string, bytes: Uint8Array): Promise<'parsed' | 'refused'> {
  try {
    if (importer === 'cv') await core.profileImport.parse(bytes, name);
    else if (importer === 'applications-csv') {
      const csv = new TextDecoder().decode(bytes);
      try {
        core.applications.transfer.preview(csv);
      } catch (error) {
        await expect(Promise.resolve().then(() => core.applications.transfer.importCsv(csv))).rejects.toBeInstanceOf(
          AppError,
        );
        throw error;
      }
    } else {
      const input = CaptureInput.safeParse({ kind: 'file', name, dataBase64: Buffer.from(bytes).toString('base64') });
      if (!input.success) return 'refused'; // the contract refuses it before the core sees it
      await core.jobs.extract(input.data);
    }
    return 'parsed';
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`crash on ${name}: ${String(error)}`, { cause: error });
    if (error.code === 'INTERNAL') throw new Error(`internal error on ${name}: ${error.message}`);
    if (error.message.length < 20) throw new Error(`unclear message on ${name}: "${error.message}"`);
    return 'refused';
  }
}

describe('importer fuzz', () => {
  it(
    `survives ${CASES} hostile inputs with clear messages, bounded time and memory, nothing written`,
    { timeout: 900_000 },
    async () => {
      const seeds = await fuzzSeeds();
      const random = rng(20261206);
      const before = rowCounts();
      const tally: Record<string, number> = { parsed: 0, refused: 0 };
      let slowest = 0;
      let peakRss = 0;
      for (let i = 0; i < CASES; i++) {
        const seed = seeds[i % seeds.length]!;
        // A few of the expensive kinds, spread through the run; the rest routine mutations.
        const kind: Mutation =
          i % 200 === 199
            ? 'oversized'
            : i % 100 === 50
              ? 'zipbomb'
              : i % 100 === 75
                ? 'nested-json'
                : ROUTINE[Math.floor(random() * ROUTINE.length)]!;
        const importer = kind === 'zipbomb' || kind === 'nested-json' ? 'cv' : seed.importer;
        const { name, bytes } = mutate(seed, kind, random, seeds[Math.floor(random() * seeds.length)]!);
        const started = performance.now();
        tally[await runCase(importer, name, bytes)]!++;
        slowest = Math.max(slowest, performance.now() - started);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      console.log(
        `fuzz: ${CASES} cases over ${seeds.length} seeds: ${tally.parsed} parsed, ${tally.refused} refused with a message; slowest ${Math.round(slowest)} ms; peak RSS ${Math.round(peakRss / 1024 / 1024)} MB`,
      );
      expect(tally.parsed! + tally.refused!).toBe(CASES);
      expect(slowest).toBeLessThan(35_000); // every parse stops at the 30 s import limit
      expect(peakRss).toBeLessThan(1536 * 1024 * 1024);
      expect(rowCounts()).toEqual(before);
    },
  );
});
