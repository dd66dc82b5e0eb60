import { describe, expect, it } from 'vitest';
import { generateCases, type EvalCase } from '../testing/fabrication-set';
import { createTruthChecker } from './check-document';

/**
 * Recall and precision of the truth check on a seeded generated set. Seeds 1–60 were used to tune
 * the checker (development); the figures reported come from seeds 1001–1060, never tuned on.
 */
function evaluate(seeds: number[]) {
  let planted = 0;
  let caught = 0;
  let faithful = 0;
  let flagsTotal = 0;
  let flagsTrue = 0;
  const missed: EvalCase[] = [];
  const falseFlags: string[] = [];
  for (const seed of seeds) {
    const { profile, cases } = generateCases(seed);
    const checker = createTruthChecker(
      profile,
      { company: 'Initech', role: 'Platform Engineer' },
      new Date('2025-01-01'),
    );
    for (const c of cases) {
      const flags = checker.checkBlock({ blockId: 'b', text: c.text, factIds: c.factIds });
      const onPlant = (f: { start: number; end: number }) =>
        c.planted !== null && f.start < c.planted.end && f.end > c.planted.start;
      flagsTotal += flags.length;
      flagsTrue += flags.filter(onPlant).length;
      for (const f of flags.filter((f) => !onPlant(f)))
        falseFlags.push(`${c.label}: "${c.text}" -> ${f.kind} "${f.text}" (${f.reason})`);
      if (c.planted) {
        planted++;
        if (flags.some(onPlant)) caught++;
        else missed.push(c);
      } else faithful++;
    }
  }
  return {
    planted,
    faithful,
    recall: caught / planted,
    precision: flagsTotal ? flagsTrue / flagsTotal : 1,
    missed,
    falseFlags,
  };
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('truth check on the seeded fabrication set', () => {
  it('development seeds (tuning): every planted fabrication is caught, faithful rewrites pass', () => {
    const r = evaluate(range(1, 60));
    expect(r.missed.map((c) => `${c.label}: ${c.text}`)).toEqual([]);
    expect(r.falseFlags).toEqual([]);
  });

  it('held-out seeds (reported): recall 100%, precision at least 95%, over 200+ fabrications and 200+ faithful rewrites', () => {
    const r = evaluate(range(1001, 60));
    console.log(
      `truth check, held-out seeds 1001-1060: ${r.planted} planted fabrications, ${r.faithful} faithful rewrites; recall ${(r.recall * 100).toFixed(1)}%, precision ${(r.precision * 100).toFixed(1)}%`,
    );
    if (r.missed.length) console.log('missed:', r.missed.map((c) => `${c.label}: ${c.text}`).slice(0, 10));
    if (r.falseFlags.length) console.log('false flags:', r.falseFlags.slice(0, 10));
    expect(r.planted).toBeGreaterThanOrEqual(200);
    expect(r.faithful).toBeGreaterThanOrEqual(200);
    expect(r.recall).toBe(1);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
  });
});
