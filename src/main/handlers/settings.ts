import type { HandlersFor } from './types';

export const settingsHandlers: HandlersFor<'settings.get' | 'settings.update'> = {
  'settings.get': (_args, { core }) => core.settings.get(),
  'settings.update': ({ patch }, { core }) => core.settings.update(patch),
};
