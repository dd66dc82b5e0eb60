import { AMBIGUOUS_WORDS } from './ambiguous-words';
import { DATA_BUSINESS } from './data-business';
import { DATA_CLOUD } from './data-cloud';
import { DATA_DATA } from './data-data';
import { DATA_FRAMEWORKS } from './data-frameworks';
import { DATA_LANGUAGES } from './data-languages';
import { DATA_LIBRARIES } from './data-libraries';
import { DATA_METHODS } from './data-methods';
import { DATA_PEOPLE } from './data-people';
import { DATA_ROLES } from './data-roles';
import { DATA_SPOKEN } from './data-spoken';
import { DATA_TOOLS } from './data-tools';

export const SKILL_CATEGORIES = [
  'language',
  'framework',
  'cloud',
  'devops',
  'database',
  'data',
  'method',
  'tool',
  'design',
  'business',
  'soft',
  'certification',
  'domain',
  'spoken_language',
  'degree',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** How an alias must appear in text to count. */
export type AliasMode = 'any-case' | 'exact-case' | 'ambiguous';

export interface SkillEntry {
  id: number;
  /** Canonical name shown to people, e.g. "Node.js". Unique across the taxonomy. */
  name: string;
  category: SkillCategory;
  /** Every surface form, the canonical name first (markers stripped). */
  aliases: string[];
}

export interface AliasEntry {
  skillId: number;
  surface: string;
  mode: AliasMode;
}

export interface Taxonomy {
  skills: SkillEntry[];
  aliases: AliasEntry[];
  byName: Map<string, SkillEntry>;
}

/** Categories whose names are nouns that also appear in the plural ("microservices"). */
const PLURALISABLE = new Set<SkillCategory>([
  'method',
  'business',
  'soft',
  'domain',
  'data',
  'design',
  'devops',
  'database',
]);

/** Case- and separator-insensitive key of an alias, as the matcher sees it. */
export function aliasKey(alias: string): string {
  return alias
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

function modeOf(marker: string, bare: string): AliasMode {
  if (marker === '~') return 'ambiguous';
  if (marker === '=') return 'exact-case';
  const letters = bare.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length <= 2 && letters === bare) return /\d/.test(bare) ? 'exact-case' : 'ambiguous';
  if (AMBIGUOUS_WORDS.has(bare.toLowerCase())) return 'ambiguous';
  return 'any-case';
}

function variantsOf(surface: string, category: SkillCategory, mode: AliasMode): string[] {
  const out = [surface];
  const js = /^(.+)\.js$/i.exec(surface);
  if (js?.[1]) out.push(`${js[1]}js`, `${js[1]} js`);
  // Tokenised text ("SkillSpan", copy-pasted PDFs) splits ".NET" into ". NET".
  if (/^\.\p{L}/u.test(surface)) out.push(`. ${surface.slice(1)}`);
  if (mode === 'any-case' && PLURALISABLE.has(category) && /[a-z]{3}$/i.test(surface) && !/s$/i.test(surface)) {
    out.push(/[^aeiou]y$/i.test(surface) ? `${surface.slice(0, -1)}ies` : `${surface}s`);
  }
  return out;
}

export function parseTaxonomy(sources: readonly string[]): Taxonomy {
  const skills: SkillEntry[] = [];
  const aliases: AliasEntry[] = [];
  const byName = new Map<string, SkillEntry>();
  const seenAlias = new Map<string, number>();
  for (const source of sources) {
    let category: SkillCategory | null = null;
    for (const raw of source.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith('#')) {
        const name = line.slice(1).trim();
        if (!(SKILL_CATEGORIES as readonly string[]).includes(name))
          throw new Error(`taxonomy: unknown category ${name}`);
        category = name as SkillCategory;
        continue;
      }
      if (!category) throw new Error(`taxonomy: line before any category: ${line}`);
      const parts = line
        .split('|')
        .map((p) => p.trim())
        .filter(Boolean);
      const first = parts[0];
      if (!first) continue;
      const name = first.replace(/^[~=]/, '');
      if (byName.has(name.toLowerCase())) continue; // first definition wins
      const skill: SkillEntry = { id: skills.length, name, category, aliases: [] };
      for (const part of parts) {
        const marker = /^[~=]/.test(part) ? part[0]! : '';
        const bare = marker ? part.slice(1) : part;
        const mode = modeOf(marker, bare);
        for (const surface of variantsOf(bare, category, mode)) {
          const key = `${aliasKey(surface)}|${mode === 'any-case' ? '' : surface}`;
          if (seenAlias.has(key)) continue; // an alias belongs to the first skill that claims it
          seenAlias.set(key, skill.id);
          skill.aliases.push(surface);
          aliases.push({ skillId: skill.id, surface, mode });
        }
      }
      if (skill.aliases.length === 0) continue;
      skills.push(skill);
      byName.set(name.toLowerCase(), skill);
    }
  }
  return { skills, aliases, byName };
}

let cached: Taxonomy | null = null;

/** The taxonomy shipped with the app, parsed once per process. */
export function getTaxonomy(): Taxonomy {
  cached ??= parseTaxonomy([
    DATA_LANGUAGES,
    DATA_FRAMEWORKS,
    DATA_CLOUD,
    DATA_DATA,
    DATA_METHODS,
    DATA_BUSINESS,
    DATA_PEOPLE,
    DATA_LIBRARIES,
    DATA_TOOLS,
    DATA_ROLES,
    DATA_SPOKEN,
  ]);
  return cached;
}
