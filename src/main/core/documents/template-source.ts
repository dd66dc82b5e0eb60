import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { DocumentKind, TemplateId } from '../../../shared/domain/document';

/**
 * Where the .typ templates are: beside this file in the sources (tests, CLI) and in
 * out/main/templates in the built app (electron.vite.config.ts copies them there).
 */
function templatesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.join(here, 'templates'),
    path.join(here, '..', 'templates'),
    path.join(here, '..', '..', 'templates'),
  ];
  const found = candidates.find((d) => existsSync(path.join(d, 'common.typ')));
  if (!found) throw new Error(`Jobsmith's document templates are missing (looked in ${candidates.join(', ')}).`);
  return found;
}

const cache = new Map<string, string>();

/** The Typst source of one template: the shared helpers followed by the template itself. */
export function templateSource(kind: DocumentKind, template: TemplateId): string {
  const key = `${kind}-${template}`;
  let source = cache.get(key);
  if (source === undefined) {
    const dir = templatesDir();
    source = `${readFileSync(path.join(dir, 'common.typ'), 'utf8')}\n${readFileSync(path.join(dir, `${key}.typ`), 'utf8')}`;
    cache.set(key, source);
  }
  return source;
}
