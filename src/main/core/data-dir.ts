import os from 'node:os';
import path from 'node:path';
import { APP_NAME } from '../../shared/app';

/**
 * Where Jobsmith keeps its data when no folder is given: the same folder Electron's
 * `app.getPath('userData')` returns for this product, so the CLI and the app share one database.
 */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** `--data-dir` wins, then JOBSMITH_DATA_DIR, then the default. */
export function resolveDataDir(flag?: string, env = process.env): string {
  const chosen = flag ?? env.JOBSMITH_DATA_DIR;
  return path.resolve(chosen && chosen.trim() ? chosen : defaultDataDir());
}
