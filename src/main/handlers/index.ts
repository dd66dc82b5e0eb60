import { aiHandlers } from './ai';
import { appHandlers } from './app';
import { documentsHandlers } from './documents';
import { applicationsHandlers } from './applications';
import { jobsHandlers } from './jobs';
import { matchHandlers } from './match';
import { profileHandlers } from './profile';
import { profileImportHandlers } from './profile-import';
import { privacyHandlers } from './privacy';
import { settingsHandlers } from './settings';
import { tailorHandlers } from './tailor';
import type { Handlers } from './types';

/** Every channel of the contract, once. A missing or extra handler is a compile error. */
export const handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...profileImportHandlers,
  ...settingsHandlers,
  ...aiHandlers,
  ...matchHandlers,
  ...jobsHandlers,
  ...tailorHandlers,
  ...documentsHandlers,
  ...privacyHandlers,
  ...applicationsHandlers,
} satisfies Handlers;
