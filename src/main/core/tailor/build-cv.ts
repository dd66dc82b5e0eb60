import type { Citations, DocumentContent } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';
import type { Selection } from '../../../shared/domain/tailor';

/**
 * The tailored CV in the user's own words: the profile cut down to the selection and reordered
 * (bullets best first, relevant projects only, the job's skills first). Every bullet cites itself
 * and the summary cites the profile's summary, so it passes the truth check by construction.
 */
export function buildCv(profile: Profile, selection: Selection): Extract<DocumentContent, { kind: 'cv' }> {
  const citations: Citations = {};
  const chosen = new Map(selection.entries.map((e) => [e.entryId, e.bullets.map((b) => b.factId)]));
  const keep = <T extends { id: string; text: string }>(entryId: string, highlights: T[]): T[] => {
    const order = chosen.get(entryId) ?? [];
    const byId = new Map(highlights.map((h) => [h.id, h]));
    return order.flatMap((id) => {
      const h = byId.get(id);
      if (!h) return [];
      citations[h.id] = [h.id];
      return [h];
    });
  };
  const work = profile.work
    .filter((w) => chosen.has(w.id))
    .map((w) => ({ ...w, highlights: keep(w.id, w.highlights) }));
  const projectOrder = selection.entries.filter((e) => e.section === 'projects').map((e) => e.entryId);
  const projects = projectOrder.flatMap((id) => {
    const p = profile.projects.find((x) => x.id === id);
    return p ? [{ ...p, highlights: keep(p.id, p.highlights) }] : [];
  });
  const skillOrder = new Map(selection.skills.map((s, i) => [s.factId, i]));
  const skills = [...profile.skills].sort((a, b) => (skillOrder.get(a.id) ?? 1e9) - (skillOrder.get(b.id) ?? 1e9));
  if (profile.basics.summary.trim()) citations['basics.summary'] = ['basics.summary'];
  const cv: Profile = { ...profile, work, projects, skills, volunteer: profile.volunteer, references: [] };
  return { kind: 'cv', cv, citations };
}

/** The CV's whole text (for length and keyword checks, and the match after tailoring). */
export function cvText(cv: Profile): string {
  const parts = [cv.basics.label, cv.basics.summary];
  for (const w of cv.work) parts.push(w.position, w.name, ...w.highlights.map((h) => h.text));
  for (const p of cv.projects) parts.push(p.name, p.description ?? '', ...p.highlights.map((h) => h.text));
  for (const e of cv.education) parts.push(e.studyType ?? '', e.area ?? '', e.institution);
  for (const s of cv.skills) parts.push(s.name, ...s.keywords);
  for (const c of cv.certificates) parts.push(c.name);
  return parts.filter(Boolean).join('\n');
}
