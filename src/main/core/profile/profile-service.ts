import type { BasicsInput, ProfileSnapshot } from '../../../shared/contract';
import { Profile, emptyProfile } from '../../../shared/domain/profile';
import type { ProfileRepo, StoredProfile } from './profile-repo';

function isEmptyProfile(p: Profile): boolean {
  const b = p.basics;
  const basicsEmpty = !b.name && !b.label && !b.email && !b.phone && !b.summary && b.profiles.length === 0;
  const sectionsEmpty = p.work.length + p.education.length + p.skills.length + p.projects.length === 0;
  return basicsEmpty && sectionsEmpty;
}

function snapshot(stored: StoredProfile | null): ProfileSnapshot {
  const profile = stored?.profile ?? emptyProfile();
  return { profile, updatedAt: stored?.updatedAt ?? null, isEmpty: isEmptyProfile(profile) };
}

/** Business rules for the profile. Only the repo touches SQL. */
export function createProfileService(repo: ProfileRepo, clock: () => Date = () => new Date()) {
  return {
    get(): ProfileSnapshot {
      return snapshot(repo.load());
    },
    saveBasics(basics: BasicsInput): ProfileSnapshot {
      const current = repo.load()?.profile ?? emptyProfile();
      const next = Profile.parse({
        ...current,
        basics: { ...current.basics, ...basics, location: { ...current.basics.location, ...basics.location } },
      });
      return snapshot(repo.save(next, clock().toISOString()));
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
