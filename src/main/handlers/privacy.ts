import type { HandlersFor } from './types';

type PrivacyChannel = 'privacy.exportAll' | 'privacy.deleteAll' | 'privacy.backups' | 'privacy.restoreBackup';

/** Take all your data away, or delete all of it (after a typed confirmation). */
export const privacyHandlers: HandlersFor<PrivacyChannel> = {
  'privacy.exportAll': (_args, { core }) => core.privacy.exportAll(),
  'privacy.deleteAll': ({ confirm }, { core }) => core.privacy.deleteAll(confirm),
  'privacy.backups': (_args, { core }) => core.privacy.backups(),
  'privacy.restoreBackup': ({ fileName }, { core }) => core.privacy.restoreBackup(fileName),
};
