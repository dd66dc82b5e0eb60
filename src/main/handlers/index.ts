import { aiHandlers } from './ai';
import { appHandlers } from './app';
import { applicationsHandlers } from './applications';
import { jobsHandlers } from './jobs';
import { matchHandlers } from './match';
import { profileHandlers } from './profile';
import { profileImportHandlers } from './profile-import';
import { privacyHandlers } from './privacy';
import { settingsHandlers } from './settings';
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
  ...privacyHandlers,
  ...applicationsHandlers,
} satisfies Handlers;
