import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI, produced by `npm run native:electron` (dev) or shipped in
 * resources/native (packaged). Tests and the CLI never use it: they load the Node build from node_modules.
 */
export function electronSqliteBinding(appPath: string, resourcesPath: string, packaged: boolean): string | undefined {
  const candidates = packaged
    ? [path.join(resourcesPath, 'native', 'better_sqlite3.node')]
    : [path.join(appPath, 'native', 'electron', 'better_sqlite3.node')];
  return candidates.find((file) => existsSync(file));
}
