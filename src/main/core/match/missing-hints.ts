import type { SkillStrength } from '../../../shared/domain/match';
import type { ProfileAnalysis } from './analyze-profile';

/**
 * A hint for a missing keyword: where the user might add it IF it is true. Points at the entry
 * that already shows skills of the same kind, so the user can check whether they used it there.
 */
export function missingHint(
  skill: string,
  category: string,
  strength: SkillStrength,
  profile: ProfileAnalysis,
): string {
  const verb =
    strength === 'required' ? 'The job requires' : strength === 'preferred' ? 'The job prefers' : 'The job mentions';
  if (category === 'spoken_language')
    return `${verb} ${skill}. If you speak it, add it under Languages with your level.`;
  if (category === 'certification') return `${verb} ${skill}. If you hold it, add it under Certificates with the date.`;
  if (category === 'degree') return `${verb} ${skill}. Check your Education entries state the degree.`;
  if (category === 'soft') {
    return `${verb} ${skill.toLowerCase()}. If it fits you, show it in a work bullet with a concrete example rather than listing the word.`;
  }
  const sameKind = profile.skills.filter((s) => s.category === category);
  // No skill of the same kind: point at the entry with the most technical evidence instead.
  const related = (sameKind.length ? sameKind : profile.skills).filter((s) =>
    s.evidence.some((e) => e.section === 'work' || e.section === 'projects'),
  );
  const counts = new Map<string, { n: number; text: string; names: string[] }>();
  for (const s of related) {
    for (const e of s.evidence) {
      if (e.section !== 'work' && e.section !== 'projects') continue;
      const entry = entryOf(e.factId, profile);
      const c = counts.get(entry.key) ?? { n: 0, text: entry.label, names: [] };
      c.n++;
      if (!c.names.includes(s.name) && c.names.length < 3) c.names.push(s.name);
      counts.set(entry.key, c);
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text))[0];
  if (best) {
    return `${verb} ${skill}. If you used it, say so in a bullet under "${best.text}", where you already mention ${best.names.join(', ')}; otherwise add it to Skills only if you know it.`;
  }
  return `${verb} ${skill}. If you have used it, add it to Skills and describe where in a work or project bullet.`;
}

/** The entry a fact belongs to: its own text for entries, the parent entry's text for bullets. */
function entryOf(factId: string, profile: ProfileAnalysis): { key: string; label: string } {
  const idx = profile.facts.findIndex((f) => f.factId === factId);
  for (let i = idx; i >= 0; i--) {
    const f = profile.facts[i]!;
    if (profile.entryIds.has(f.factId)) return { key: f.factId, label: f.text.split(' — ')[0]!.slice(0, 80) };
  }
  const own = profile.facts[idx];
  return { key: factId, label: (own?.text ?? factId).slice(0, 80) };
}
