import type { HandlersFor } from './types';

export const profileHandlers: HandlersFor<'profile.get' | 'profile.saveBasics'> = {
  'profile.get': (_args, { core }) => core.profile.get(),
  'profile.saveBasics': ({ basics }, { core }) => core.profile.saveBasics(basics),
};
