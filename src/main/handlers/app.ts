import { APP_NAME, APP_VERSION } from '../../shared/app';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<'app.info'> = {
  'app.info': (_args, { core, transport }) => ({
    name: APP_NAME,
    version: APP_VERSION,
    transport,
    dataDir: core.dataDir,
    databaseFile: core.database.file,
    schemaVersion: core.database.schemaVersion,
  }),
};
