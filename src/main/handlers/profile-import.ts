import type { HandlersFor } from './types';

type ImportChannels =
  | 'profile.import.parse'
  | 'profile.import.prepare'
  | 'profile.import.github'
  | 'profile.import.apply'
  | 'profile.import.improve'
  | 'profile.import.plan';

export const profileImportHandlers: HandlersFor<ImportChannels> = {
  'profile.import.parse': ({ fileName, dataBase64, taskId }, { core, signal }) =>
    core.profileImport.parseBase64(dataBase64, fileName, { signal, ...(taskId ? { taskId } : {}) }),
  'profile.import.prepare': (_args, { core }) => core.profileImport.prepare(),
  'profile.import.github': ({ username }, { core, signal }) => core.profileImport.parseGithub(username, signal),
  'profile.import.apply': ({ profile, mode, source }, { core }) => core.profile.applyImport(profile, mode, source),
  'profile.import.improve': ({ text, profile, requestId }, { core, signal }) =>
    core.profileImport.improve({ text, profile, signal, ...(requestId ? { requestId } : {}) }),
  'profile.import.plan': ({ profile, mode }, { core }) => core.profile.planImport(profile, mode),
};
