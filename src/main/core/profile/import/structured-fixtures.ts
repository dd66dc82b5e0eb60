import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/fixtures/resumes beside the repository (absent outside CI and the dev machines). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
export const RESUME_FIXTURES = path.join(path.resolve(repoRoot, '../shared'), 'fixtures/resumes');
export const HAVE_RESUME_FIXTURES = existsSync(RESUME_FIXTURES);
export const fixture = (name: string) => path.join(RESUME_FIXTURES, name);
