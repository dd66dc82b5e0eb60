import { z } from 'zod';
import { AppError } from '../../../../shared/ipc/result';
import { emptyProfile, type Project } from '../../../../shared/domain/profile';
import { fitProfile } from './fit-profile';
import { newFactId } from './new-fact-id';
import { toPartialDate } from './text/dates';
import type { ImportResult } from './types';
import { readBodyLimited } from '../../net/response-body';

/**
 * GitHub username -> the user's public repositories as candidate projects, through the REST API.
 * `fetch` is the core's network gateway (`gateway.fetch`) in the app, a replaying local server in tests.
 */
export interface GithubImportOptions {
  fetch: typeof fetch;
  baseUrl?: string;
  /** How many repositories (most starred first) get a per-language breakdown (one request each). */
  languageLookups?: number;
  maxPages?: number;
  signal?: AbortSignal;
}

export interface GithubCandidate {
  name: string;
  description: string;
  url: string;
  stars: number;
  languages: string[];
  topics: string[];
  fork: boolean;
  createdAt?: string;
  pushedAt?: string;
}

const Repo = z.looseObject({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable(),
  fork: z.boolean(),
  stargazers_count: z.number(),
  language: z.string().nullable(),
  topics: z.array(z.string()).optional(),
  archived: z.boolean().optional(),
  created_at: z.string().nullable().optional(),
  pushed_at: z.string().nullable().optional(),
  languages_url: z.string().optional(),
});
const Repos = z.array(Repo);
const Languages = z.record(z.string(), z.number());

const USERNAME = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
export const MAX_GITHUB_JSON_BYTES = 4 * 1024 * 1024;
const HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

/**
 * GitHub's documented rate-limit answers: a 403 or 429 with `x-ratelimit-remaining: 0` (primary limit) or a
 * `retry-after` header (secondary limit). Any other 403 is not a rate limit.
 */
function rateLimit(response: Response): AppError | null {
  if (response.status !== 403 && response.status !== 429) return null;
  const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
  const remaining = response.headers.get('x-ratelimit-remaining');
  if (Number.isFinite(retryAfter)) {
    const seconds = Math.max(1, Math.ceil(retryAfter));
    return new AppError(
      'RATE_LIMITED',
      `GitHub asked Jobsmith to wait ${seconds} s before the next request. Try again then.`,
      { retryAfterMs: seconds * 1000 },
    );
  }
  if (remaining !== '0' && response.status === 403) return null;
  const reset = Number(response.headers.get('x-ratelimit-reset') ?? NaN);
  const when = Number.isFinite(reset) ? ` after ${new Date(reset * 1000).toLocaleTimeString()}` : ' in an hour';
  return new AppError(
    'RATE_LIMITED',
    `GitHub is limiting requests from this computer. Try again${when}.`,
    Number.isFinite(reset) ? { resetAt: new Date(reset * 1000).toISOString() } : undefined,
  );
}

async function getJson(
  opts: GithubImportOptions,
  url: string,
  user: string,
): Promise<{ data: unknown; next: string | null }> {
  const response = await opts.fetch(url, { headers: HEADERS, ...(opts.signal ? { signal: opts.signal } : {}) });
  if (response.status === 404)
    throw new AppError('NOT_FOUND', `GitHub has no user called "${user}". Check the spelling of the username.`);
  const limited = rateLimit(response);
  if (limited) throw limited;
  if (response.status === 403) {
    // A 403 without rate-limit headers is a refusal (blocked account, private data, SAML), not a limit.
    throw new AppError(
      'FORBIDDEN',
      `GitHub refused to show ${user}'s repositories (HTTP 403). The account may be blocked or private.`,
    );
  }
  if (!response.ok)
    throw new AppError('NETWORK', `GitHub answered ${response.status} ${response.statusText}. Try again later.`);
  // Each page of GitHub's API is a few hundred KB at most; a bigger answer is refused while it streams.
  const bytes = await readBodyLimited(response, MAX_GITHUB_JSON_BYTES, url);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError('NETWORK', 'GitHub sent a reply Jobsmith could not read. Try again later.');
  }
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
  return { data, next };
}

export async function fetchGithubCandidates(username: string, opts: GithubImportOptions): Promise<GithubCandidate[]> {
  const user = username
    .trim()
    .replace(/^@/, '')
    .replace(/^https?:\/\/github\.com\//i, '')
    .replace(/\/.*$/, '');
  if (!USERNAME.test(user))
    throw new AppError(
      'BAD_INPUT',
      `"${username}" is not a GitHub username (letters, digits and single hyphens, up to 39 characters).`,
    );
  const base = (opts.baseUrl ?? 'https://api.github.com').replace(/\/$/, '');
  let url: string | null = `${base}/users/${encodeURIComponent(user)}/repos?type=owner&sort=pushed&per_page=100`;
  const repos: z.infer<typeof Repo>[] = [];
  for (let page = 0; url && page < (opts.maxPages ?? 3); page++) {
    const { data, next } = await getJson(opts, url, user);
    const parsed = Repos.safeParse(data);
    if (!parsed.success)
      throw new AppError('NETWORK', 'GitHub sent a repository list in an unexpected shape. Try again later.');
    repos.push(...parsed.data);
    url = next;
  }
  const candidates: GithubCandidate[] = repos
    .filter((r) => !r.archived || r.stargazers_count > 0)
    .map((r) => ({
      name: r.name,
      description: r.description ?? '',
      url: r.html_url,
      stars: r.stargazers_count,
      fork: r.fork,
      languages: r.language ? [r.language] : [],
      topics: r.topics ?? [],
      ...(r.created_at ? { createdAt: r.created_at } : {}),
      ...(r.pushed_at ? { pushedAt: r.pushed_at } : {}),
    }))
    .sort((a, b) => Number(a.fork) - Number(b.fork) || b.stars - a.stars);
  const lookups = candidates.filter((c) => !c.fork).slice(0, opts.languageLookups ?? 10);
  for (const c of lookups) {
    const repo = repos.find((r) => r.html_url === c.url);
    if (!repo?.languages_url) continue;
    const { data } = await getJson(opts, repo.languages_url.replace('https://api.github.com', base), user);
    const langs = Languages.safeParse(data);
    if (langs.success)
      c.languages = Object.entries(langs.data)
        .sort((a, b) => b[1] - a[1])
        .map(([name]) => name);
  }
  return candidates;
}

export function candidateToProject(c: GithubCandidate): Project {
  return {
    id: newFactId('proj'),
    name: c.name,
    description: c.description || undefined,
    url: c.url,
    roles: [],
    entity: 'GitHub',
    type: c.fork ? 'fork' : 'open source',
    keywords: [...new Set([...c.languages, ...c.topics])].slice(0, 20),
    startDate: toPartialDate(c.createdAt?.slice(0, 7)),
    highlights:
      c.stars > 0 ? [{ id: newFactId('hl'), text: `${c.stars} star${c.stars === 1 ? '' : 's'} on GitHub` }] : [],
  };
}

/** The import flow's result for a username: every non-fork repository as a project to review. */
export async function importGithub(
  username: string,
  opts: GithubImportOptions,
): Promise<ImportResult & { candidates: GithubCandidate[] }> {
  const candidates = await fetchGithubCandidates(username, opts);
  const warnings: string[] = [];
  const own = candidates.filter((c) => !c.fork);
  if (!candidates.length) warnings.push('This GitHub user has no public repositories.');
  const profile = fitProfile({ ...emptyProfile(), projects: own.map(candidateToProject) }, warnings, 'GitHub account');
  const text = candidates
    .map((c) => `${c.name} (★${c.stars}) ${c.languages.join(', ')}\n${c.description}\n${c.url}`)
    .join('\n\n');
  return { format: 'github', profile, text, uncertain: [], warnings, candidates };
}
