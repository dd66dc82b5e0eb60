import type { HandlersFor } from './types';

type ProfileChannels =
  | 'profile.get'
  | 'profile.saveBasics'
  | 'profile.save'
  | 'profile.versions.list'
  | 'profile.versions.get'
  | 'profile.versions.diff'
  | 'profile.versions.restore';

export const profileHandlers: HandlersFor<ProfileChannels> = {
  'profile.get': (_args, { core }) => core.profile.get(),
  'profile.saveBasics': ({ basics }, { core }) => core.profile.saveBasics(basics),
  'profile.save': ({ profile }, { core }) => core.profile.save(profile),
  'profile.versions.list': (_args, { core }) => core.profile.listVersions(),
  'profile.versions.get': ({ id }, { core }) => core.profile.getVersion(id),
  'profile.versions.diff': ({ from, to }, { core }) => core.profile.diffVersions(from, to),
  'profile.versions.restore': ({ id }, { core }) => core.profile.restoreVersion(id),
};
