import type { ApplicationStats, ApplicationStatus, Outcome } from '../../../shared/domain/application';

/**
 * The dashboard's numbers, from the status histories alone (pure, one pass).
 *
 * - Reached a stage: the history holds that status or a later one (applied < screening < interviewing <
 *   offer <= accepted). The funnel counts applications that reached applied, screening, interviewing, offer.
 * - Response: the first status change after the first move to "applied" whose new status is anything but
 *   withdrawn, ghosted (or applied again). Days to it count from the applied day to that change's day.
 * - responseRate = responded / applications with a move to "applied" (0 when there are none).
 * - Outcomes by source and match band count applications that reached applied, responded, interviewing, offer.
 * - Per week counts the applied day; an imported row past applied (no move to applied in its history, so no
 *   known response day) counts there by its stored applied day, and never in the response rate or time.
 */

export interface StatsFacts {
  id: string;
  status: ApplicationStatus;
  source: string;
  matchScore: number | null;
  /** The stored applied day: stands in for weeks when the history has no move to applied (imported rows). */
  appliedOn?: string | null;
}
export interface StatsChange {
  applicationId: string;
  to: ApplicationStatus;
  on: string;
}

const RANK: Partial<Record<ApplicationStatus, number>> = {
  applied: 1,
  screening: 2,
  interviewing: 3,
  offer: 4,
  accepted: 4,
};
const NOT_A_RESPONSE = new Set<ApplicationStatus>(['withdrawn', 'ghosted', 'applied']);
const DAY_MS = 86_400_000;

const dayNumbers = new Map<string, number>();
function dayNumber(isoDay: string): number {
  let n = dayNumbers.get(isoDay);
  if (n === undefined) {
    n = Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / DAY_MS;
    if (dayNumbers.size < 100_000) dayNumbers.set(isoDay, n);
  }
  return n;
}

/** The Monday of the ISO week of a YYYY-MM-DD day. */
export function weekOf(isoDay: string): string {
  const day = dayNumber(isoDay);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
  return new Date((day - weekday) * DAY_MS).toISOString().slice(0, 10);
}

export function matchBand(score: number | null): string {
  if (score === null) return 'unscored';
  if (score >= 80) return '80-100';
  if (score >= 60) return '60-79';
  if (score >= 40) return '40-59';
  return '0-39';
}
const BAND_ORDER = ['80-100', '60-79', '40-59', '0-39', 'unscored'];

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Journey {
  reached: number;
  appliedOn: string | null;
  responseDays: number | null;
}

/** One application's journey from its ordered history (`changes[from..to)`). */
export function journey(changes: StatsChange[], from = 0, to = changes.length): Journey {
  let reached = 0;
  let appliedOn: string | null = null;
  let responseDays: number | null = null;
  for (let i = from; i < to; i++) {
    const c = changes[i]!;
    reached = Math.max(reached, RANK[c.to] ?? 0);
    if (appliedOn === null) {
      if (c.to === 'applied') appliedOn = c.on;
    } else if (responseDays === null && !NOT_A_RESPONSE.has(c.to)) {
      responseDays = dayNumber(c.on) - dayNumber(appliedOn);
    }
  }
  return { reached, appliedOn, responseDays };
}

function tally(groups: Map<string, Outcome>, key: string, j: Journey): void {
  let o = groups.get(key);
  if (!o) groups.set(key, (o = { key, applied: 0, responded: 0, interviews: 0, offers: 0 }));
  if (j.reached >= 1) o.applied++;
  if (j.responseDays !== null) o.responded++;
  if (j.reached >= 3) o.interviews++;
  if (j.reached >= 4) o.offers++;
}

/** `history` must be ordered by application, then day, then recording order. */
export function computeStats(apps: StatsFacts[], history: StatsChange[]): ApplicationStats {
  // Each application's changes are one run of the ordered history: remember where each run starts and ends.
  const runs = new Map<string, [number, number]>();
  for (let i = 0; i < history.length;) {
    const id = history[i]!.applicationId;
    let end = i + 1;
    while (end < history.length && history[end]!.applicationId === id) end++;
    runs.set(id, [i, end]);
    i = end;
  }
  const weekOfDay = new Map<string, string>();
  const byStatus: Record<string, number> = {};
  const funnel = { applied: 0, screening: 0, interviewing: 0, offer: 0 };
  const days: number[] = [];
  const weeks = new Map<string, number>();
  const bySource = new Map<string, Outcome>();
  const byBand = new Map<string, Outcome>(
    BAND_ORDER.map((key) => [key, { key, applied: 0, responded: 0, interviews: 0, offers: 0 }]),
  );
  let appliedWithDay = 0;
  for (const app of apps) {
    byStatus[app.status] = (byStatus[app.status] ?? 0) + 1;
    const run = runs.get(app.id);
    const j = run ? journey(history, run[0], run[1]) : { reached: 0, appliedOn: null, responseDays: null };
    // An imported row with an applied day was applied, whatever single status its history holds.
    if (j.appliedOn === null && app.appliedOn) j.reached = Math.max(j.reached, 1);
    if (j.reached >= 1) funnel.applied++;
    if (j.reached >= 2) funnel.screening++;
    if (j.reached >= 3) funnel.interviewing++;
    if (j.reached >= 4) funnel.offer++;
    const weekDay = j.appliedOn ?? app.appliedOn ?? null;
    if (j.appliedOn !== null) appliedWithDay++;
    if (weekDay !== null) {
      let week = weekOfDay.get(weekDay);
      if (week === undefined) weekOfDay.set(weekDay, (week = weekOf(weekDay)));
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
    }
    if (j.responseDays !== null) days.push(j.responseDays);
    tally(bySource, app.source.trim() || 'unknown', j);
    tally(byBand, matchBand(app.matchScore), j);
  }
  return {
    total: apps.length,
    byStatus,
    funnel,
    responseRate: appliedWithDay ? days.length / appliedWithDay : 0,
    medianDaysToResponse: median(days),
    perWeek: [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, count]) => ({ week, count })),
    bySource: [...bySource.values()].sort((a, b) => b.applied - a.applied || a.key.localeCompare(b.key)),
    byMatchBand: [...byBand.values()],
  };
}
