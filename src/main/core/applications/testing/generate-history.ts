import type { ApplicationStatus } from '../../../../shared/domain/application';
import { seededRandom } from '../../testing/seeded-random';

/**
 * Seeded, plausible application histories for statistics tests and the benchmark: saved, applied on a
 * day in the last half year, then (or not) a response days later, further stages, withdrawals, ghosting,
 * and back-dated moves recorded after later ones.
 */

export interface GeneratedChange {
  to: ApplicationStatus;
  on: string;
}
export interface GeneratedApplication {
  index: number;
  source: string;
  matchScore: number | null;
  /** In the order they were recorded (day order may differ: back-dating). */
  changes: GeneratedChange[];
}

export { seededRandom };

const SOURCES = ['LinkedIn', 'company site', 'referral', 'Indeed', 'recruiter', 'ats'];
const DAY_MS = 86_400_000;

export function generateHistory(count: number, seed = 12, today = '2026-06-30'): GeneratedApplication[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rnd() * items.length)]!;
  const end = Date.parse(`${today}T00:00:00Z`);
  const day = (ms: number): string => new Date(Math.min(ms, end)).toISOString().slice(0, 10);
  const out: GeneratedApplication[] = [];
  for (let index = 0; index < count; index++) {
    const matchScore = rnd() < 0.15 ? null : Math.round(20 + rnd() * 80);
    let t = end - Math.floor(rnd() * 180) * DAY_MS;
    const changes: GeneratedChange[] = [{ to: 'saved', on: day(t - 3 * DAY_MS) }];
    const after = (maxDays: number) => (t += Math.floor(rnd() * maxDays) * DAY_MS);
    if (rnd() < 0.12) {
      out.push({ index, source: pick(SOURCES), matchScore, changes });
      continue;
    }
    if (rnd() < 0.3) changes.push({ to: 'applying', on: day(t - DAY_MS) });
    const appliedOn = day(t);
    const backDated = rnd() < 0.1;
    if (!backDated) changes.push({ to: 'applied', on: appliedOn });
    const chance = 0.25 + (matchScore ?? 40) / 200;
    if (rnd() < 0.08) changes.push({ to: pick<ApplicationStatus>(['withdrawn', 'ghosted']), on: day(after(20)) });
    if (rnd() < chance) {
      changes.push({
        to: pick<ApplicationStatus>(['screening', 'screening', 'interviewing', 'rejected']),
        on: day(after(25)),
      });
      if (rnd() < chance) {
        changes.push({ to: 'interviewing', on: day(after(15)) });
        if (rnd() < chance / 2) {
          changes.push({ to: 'offer', on: day(after(20)) });
          changes.push({ to: pick<ApplicationStatus>(['accepted', 'rejected', 'withdrawn']), on: day(after(10)) });
        } else if (rnd() < 0.5) changes.push({ to: 'rejected', on: day(after(10)) });
      }
    } else if (rnd() < 0.4) changes.push({ to: 'ghosted', on: day(after(40)) });
    // "I applied last Tuesday": the applied move recorded last, dated before the others.
    if (backDated) changes.push({ to: 'applied', on: appliedOn });
    out.push({ index, source: pick(SOURCES), matchScore, changes });
  }
  return out;
}
