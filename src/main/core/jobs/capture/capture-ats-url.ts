import type { AtsProvider, BoardRegion } from '../../../../shared/domain/job';
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
  region?: BoardRegion;
}

type PostingEndpoint = (board: string, id: string, region: BoardRegion) => string;
export type AtsPostingEndpoints = Partial<Record<'greenhouse' | 'lever', PostingEndpoint>> & { boards?: AtsEndpoints };

const eu = (region: BoardRegion): string => (region === 'eu' ? '.eu' : '');
const DEFAULT_POSTING_ENDPOINTS: Required<Omit<AtsPostingEndpoints, 'boards'>> = {
  greenhouse: (b, id, r) =>
    `https://boards-api${eu(r)}.greenhouse.io/v1/boards/${encodeURIComponent(b)}/jobs/${encodeURIComponent(id)}?pay_transparency=true`,
  lever: (b, id, r) => `https://api${eu(r)}.lever.co/v0/postings/${encodeURIComponent(b)}/${encodeURIComponent(id)}`,
};

export function atsPostingOf(url: URL): AtsPostingRef | null {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const gh = /^(?:job-)?boards(\.eu)?\.greenhouse\.io$/.exec(host);
  const region = (match: RegExpExecArray): { region?: BoardRegion } => (match[1] ? { region: 'eu' } : {});
  if (gh && parts[1] === 'jobs' && /^\d+$/.test(parts[2] ?? ''))
    return { provider: 'greenhouse', board: parts[0]!, id: parts[2]!, ...region(gh) };
  const ghFor = url.searchParams.get('for');
  const ghJob = url.searchParams.get('token') ?? url.searchParams.get('gh_jid');
  if (gh && ghFor && ghJob && /^\d+$/.test(ghJob))
    return { provider: 'greenhouse', board: ghFor, id: ghJob, ...region(gh) };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const lever = /^jobs(\.eu)?\.lever\.co$/.exec(host);
  if (lever && parts[0] && uuid.test(parts[1] ?? ''))
    return { provider: 'lever', board: parts[0], id: parts[1]!, ...region(lever) };
  if (host === 'jobs.ashbyhq.com' && parts[0] && uuid.test(parts[1] ?? ''))
    return { provider: 'ashby', board: parts[0], id: parts[1]! };
  return null;
}

export async function fetchAtsPosting(
  gateway: Gateway,
  ref: AtsPostingRef,
  endpoints: AtsPostingEndpoints = {},
): Promise<AtsPosting | null> {
  if (ref.provider === 'ashby') {
    const board = await fetchBoard(gateway, ref, { endpoints: endpoints.boards ?? {} });
    return board.find((p) => p.atsId === ref.id) ?? null;
  }
  if (ref.provider !== 'greenhouse' && ref.provider !== 'lever') return null;
  const url = (endpoints[ref.provider] ?? DEFAULT_POSTING_ENDPOINTS[ref.provider])(
    ref.board,
    ref.id,
    ref.region ?? 'us',
  );
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
  capture.draft.captureLog.unshift({
    at: new Date().toISOString(),
    level: 'info',
    message: `Read through the public ${posting.provider} job-board API instead of the page.`,
  });
  return capture;
}
