import type { AtsProvider } from '../../../../shared/domain/job';
import type { Gateway } from '../../net/gateway';
import type { AtsPosting } from '../ats/ats-posting';
import { MAPPERS } from '../ats/ats-providers';
import { fetchBoard, type AtsEndpoints } from '../ats/fetch-board';
import { postingToCapture } from '../ats/posting-capture';
import type { Capture } from './build-draft';

/**
 * A job URL on Greenhouse, Lever or Ashby is read through that ATS's public API rather than its
 * page (Ashby pages are empty without JavaScript; the API has every field, structured).
 */
export interface AtsPostingRef {
  provider: AtsProvider;
  board: string;
  id: string;
}

export type AtsPostingEndpoints = Partial<Record<'greenhouse' | 'lever', (board: string, id: string) => string>> & { boards?: AtsEndpoints };

const DEFAULT_POSTING_ENDPOINTS: Required<Omit<AtsPostingEndpoints, 'boards'>> = {
  greenhouse: (b, id) => `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(b)}/jobs/${encodeURIComponent(id)}`,
  lever: (b, id) => `https://api.lever.co/v0/postings/${encodeURIComponent(b)}/${encodeURIComponent(id)}`,
};

export function atsPostingOf(url: URL): AtsPostingRef | null {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const gh = /^(?:job-)?boards\.greenhouse\.io$/.test(host) ? parts : null;
  if (gh && gh[1] === 'jobs' && /^\d+$/.test(gh[2] ?? '')) return { provider: 'greenhouse', board: gh[0]!, id: gh[2]! };
  const ghFor = url.searchParams.get('for');
  const ghJob = url.searchParams.get('token') ?? url.searchParams.get('gh_jid');
  if (host === 'boards.greenhouse.io' && ghFor && ghJob && /^\d+$/.test(ghJob)) return { provider: 'greenhouse', board: ghFor, id: ghJob };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (/^jobs(\.eu)?\.lever\.co$/.test(host) && parts[0] && uuid.test(parts[1] ?? '')) return { provider: 'lever', board: parts[0], id: parts[1]! };
  if (host === 'jobs.ashbyhq.com' && parts[0] && uuid.test(parts[1] ?? '')) return { provider: 'ashby', board: parts[0], id: parts[1]! };
  return null;
}

export async function fetchAtsPosting(gateway: Gateway, ref: AtsPostingRef, endpoints: AtsPostingEndpoints = {}): Promise<AtsPosting | null> {
  if (ref.provider === 'ashby') {
    const board = await fetchBoard(gateway, ref, { endpoints: endpoints.boards ?? {} });
    return board.find((p) => p.atsId === ref.id) ?? null;
  }
  if (ref.provider !== 'greenhouse' && ref.provider !== 'lever') return null;
  const url = (endpoints[ref.provider] ?? DEFAULT_POSTING_ENDPOINTS[ref.provider])(ref.board, ref.id);
  const { data } = await gateway.getJson(url);
  const { schema, map } = MAPPERS[ref.provider];
  const parsed = schema.safeParse(ref.provider === 'greenhouse' ? { jobs: [data] } : [data]);
  if (!parsed.success) return null;
  return (map as (d: unknown, b: string) => AtsPosting[])(parsed.data, ref.board)[0] ?? null;
}

/** The capture of an ATS job URL through the API, with the page's own URL as its source. */
export function atsCapture(posting: AtsPosting, pageUrl: string): Capture {
  const capture = postingToCapture(posting);
  capture.draft.source = 'url';
  capture.draft.sourceUrl = pageUrl;
  capture.draft.captureLog.unshift({ at: new Date().toISOString(), level: 'info', message: `Read through the public ${posting.provider} job-board API instead of the page.` });
  return capture;
}
