import type { HandlersFor } from './types';

type ImportChannels =
  | 'profile.save'
  | 'profile.import.parse'
  | 'profile.import.prepare'
  | 'profile.import.github'
  | 'profile.import.apply'
  | 'profile.versions.list'
  | 'profile.versions.get'
  | 'profile.versions.diff'
  | 'profile.versions.restore'
  | 'profile.import.plan';

export const profileImportHandlers: HandlersFor<ImportChannels> = {
  'profile.save': ({ profile }, { core }) => core.profile.save(profile),
  'profile.import.parse': ({ fileName, dataBase64, taskId }, { core, signal }) =>
    core.profileImport.parse(new Uint8Array(Buffer.from(dataBase64, 'base64')), fileName, { signal, ...(taskId ? { taskId } : {}) }),
  'profile.import.prepare': (_args, { core }) => core.profileImport.prepare(),
  'profile.import.github': ({ username }, { core, signal }) => core.profileImport.parseGithub(username, signal),
  'profile.import.apply': ({ profile, mode, source }, { core }) => core.profile.applyImport(profile, mode, source),
  'profile.versions.list': (_args, { core }) => core.profile.listVersions(),
  'profile.versions.get': ({ id }, { core }) => core.profile.getVersion(id),
  'profile.versions.diff': ({ from, to }, { core }) => core.profile.diffVersions(from, to),
  'profile.versions.restore': ({ id }, { core }) => core.profile.restoreVersion(id),
  'profile.import.plan': ({ profile, mode }, { core }) => core.profile.planImport(profile, mode),
};
