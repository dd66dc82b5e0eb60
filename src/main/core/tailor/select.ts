import type { JobAnalysis } from '../../../shared/domain/match';
import type { Profile } from '../../../shared/domain/profile';
import type { SelectedItem, Selection } from '../../../shared/domain/tailor';
import { STRENGTH_RANK } from '../match/analyze-job';
import { skillsIn } from './truth/evidence';

/**
 * Selection: which entries, bullets, projects and skills this job should see, in which order.
 * Deterministic; each choice carries its reason (the required skills and job phrases it serves).
 */

const STOP = new Set(
  'a an and the of to in on for with by at from as is are be our your we you will this that or it its their into using use work team role experience years year strong ability'.split(
    ' ',
  ),
);

/** Content words of the job's requirement sentences: its phrases a bullet can echo. */
function jobWords(analysis: JobAnalysis): Set<string> {
  const words = new Set<string>();
  for (const r of analysis.requirements)
    for (const w of r.context.toLowerCase().match(/[a-z][a-z+#-]{3,}/g) ?? []) if (!STOP.has(w)) words.add(w);
  return words;
}

interface Scored extends SelectedItem {
  order: number;
}

export function selectForJob(profile: Profile, analysis: JobAnalysis, profileSkills: ReadonlySet<string>): Selection {
  const wanted = new Map(analysis.requirements.map((r) => [r.name, r]));
  const words = jobWords(analysis);
  const scoreText = (id: string, entryId: string | null, text: string, order: number, extra: string[] = []): Scored => {
    const serves = [...skillsIn([text, ...extra].join('. '))].filter((s) => wanted.has(s));
    const phrases = [...new Set(text.toLowerCase().match(/[a-z][a-z+#-]{3,}/g) ?? [])].filter((w) => words.has(w));
    const skillScore = serves.reduce((sum, s) => sum + STRENGTH_RANK[wanted.get(s)!.strength], 0);
    const score =
      Math.round((skillScore + Math.min(phrases.length, 5) * 0.3 + (/\d/.test(text) ? 0.25 : 0)) * 100) / 100;
    const parts = [
      serves.length ? `serves ${serves.map((s) => `${wanted.get(s)!.strength} skill ${s}`).join(', ')}` : '',
      phrases.length
        ? `echoes the job's words ${phrases
            .slice(0, 4)
            .map((p) => `"${p}"`)
            .join(', ')}`
        : '',
      /\d/.test(text) ? 'has a measurable result' : '',
    ].filter(Boolean);
    return {
      factId: id,
      entryId,
      text,
      score,
      serves,
      reason: parts.length ? parts.join('; ') : 'kept for context (no direct match)',
      order,
    };
  };
  const byScore = (a: Scored, b: Scored) => b.score - a.score || a.order - b.order;
  const strip = ({ order: _o, ...item }: Scored): SelectedItem => item;

  const entries: Selection['entries'] = [];
  // Work stays in the profile's (reverse-chronological) order; the newest jobs keep more bullets.
  profile.work.forEach((w, i) => {
    const limit = i === 0 ? 5 : i === 1 ? 4 : 3;
    const bullets = w.highlights.map((h, k) => scoreText(h.id, w.id, h.text, k)).sort(byScore);
    const kept = bullets.filter((b, k) => k === 0 || b.score > 0).slice(0, limit);
    entries.push({
      entryId: w.id,
      section: 'work',
      score: bullets.reduce((s, b) => s + b.score, 0),
      bullets: kept.map(strip),
    });
  });
  // Projects only when they serve the job, best first.
  const projects = profile.projects
    .map((p, i) => {
      const bullets = p.highlights.map((h, k) => scoreText(h.id, p.id, h.text, k)).sort(byScore);
      const head = scoreText(p.id, p.id, [p.name, p.description].filter(Boolean).join(': '), i, p.keywords);
      return {
        entryId: p.id,
        section: 'projects',
        score: head.score + bullets.reduce((s, b) => s + b.score, 0),
        bullets: bullets.slice(0, 3).map(strip),
        order: i,
      };
    })
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 3);
  for (const { order: _o, ...p } of projects) entries.push(p);

  const skills = profile.skills
    .map((s, i) => scoreText(s.id, null, s.name, i, s.keywords))
    .sort(byScore)
    .map(strip);
  const required = analysis.requirements.filter((r) => r.strength === 'required').map((r) => r.name);
  const covered = required.filter((r) => profileSkills.has(r));
  const keywords = analysis.requirements.filter((r) => profileSkills.has(r.name)).map((r) => r.name);
  return { entries, skills, covered, uncovered: required.filter((r) => !profileSkills.has(r)), keywords };
}
