import { appHandlers } from './app';
import { profileHandlers } from './profile';
import { settingsHandlers } from './settings';
import type { Handlers } from './types';

/** Every channel of the contract, once. A missing or extra handler is a compile error. */
export const handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...settingsHandlers,
} satisfies Handlers;
