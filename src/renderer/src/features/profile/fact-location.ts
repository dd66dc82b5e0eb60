import type { Highlight, Profile } from '../../../../shared/domain/profile';
import { SECTION_DEFS } from './sections/section-fields';

/** The profile screen's tabs. */
export type ProfileTab = 'basics' | 'sections' | 'versions';

/** Where a profile fact (as cited by match evidence) is shown: its tab and, for sections, its entry. */
export interface FactLocation {
  tab: ProfileTab;
  /** The entry that is the fact or holds it (as a bullet); absent for basics. */
  entryId?: string;
}

/** Finds the fact `factId` in `profile`: "basics.*", an entry's id, or a bullet's (highlight, course) id. */
export function locateFact(profile: Profile, factId: string): FactLocation | null {
  if (factId.startsWith('basics.')) return { tab: 'basics' };
  for (const def of SECTION_DEFS) {
    const bulletKeys = def.fields.filter((f) => f.kind === 'bullets').map((f) => f.key);
    for (const entry of profile[def.section] as (Record<string, unknown> & { id: string })[]) {
      if (entry.id === factId) return { tab: 'sections', entryId: entry.id };
      if (bulletKeys.some((k) => (entry[k] as Highlight[] | undefined)?.some((h) => h.id === factId)))
        return { tab: 'sections', entryId: entry.id };
    }
  }
  return null;
}
