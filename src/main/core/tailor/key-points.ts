import type { Job } from '../../../shared/domain/job';
import type { Profile } from '../../../shared/domain/profile';
import type { SelectedItem } from '../../../shared/domain/tailor';
import { analyzeJob } from '../match/analyze-job';
import { analyzeProfile } from '../match/analyze-profile';
import { jobTextOf } from '../match/match-service';
import { promptSafeJobText } from './prompt-data';
import { selectForJob } from './select';

/** The job as the tailoring stages read it: its fields, with the description through the prompt sanitiser. */
export function tailoringJobText(job: Job) {
  const fields = jobTextOf({
    ...job,
    salaryMin: job.salary?.min ?? null,
    salaryMax: job.salary?.max ?? null,
    salaryCurrency: job.salary?.currency ?? null,
    salaryPeriod: job.salary?.period ?? null,
  });
  return { ...fields, text: promptSafeJobText(job.descriptionText) };
}

/** How many facts the Generate panel offers as the cover letter's key points. */
export const KEY_POINT_CHOICES = 12;

/**
 * The cover letter's key-point choices: the bullets the selection stage would show for this job,
 * best first (the same analyze → select a run does, deterministic, no model).
 */
export function proposeKeyPoints(profile: Profile, job: Job, now: Date): SelectedItem[] {
  const analysis = analyzeJob(tailoringJobText(job));
  const profileSkills = new Set(analyzeProfile(profile, now.toISOString().slice(0, 7)).skills.map((s) => s.name));
  return selectForJob(profile, analysis, profileSkills)
    .entries.flatMap((e) => e.bullets)
    .sort((a, b) => b.score - a.score)
    .slice(0, KEY_POINT_CHOICES);
}
