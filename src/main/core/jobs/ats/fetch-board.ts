import type { AtsProvider } from '../../../../shared/domain/job';
import { AppError, describeZodError } from '../../../../shared/ipc/result';
import type { Gateway } from '../../net/gateway';
import { decodeEntities } from '../extract/extracted-fields';
import type { AtsPosting } from './ats-posting';
import { DEFAULT_ENDPOINTS, MAPPERS, greenhouseJobUrl, type BoardEndpoint } from './ats-providers';
import { GreenhouseJob, SmartDetail, SmartList, greenhouseSalary } from './ats-responses';
import type { BoardRef } from './board-ref';

export type AtsEndpoints = Partial<Record<AtsProvider, BoardEndpoint>>;

export interface FetchBoardOptions {
  /** Overrides for where each API lives (tests point them at 127.0.0.1). */
  endpoints?: AtsEndpoints;
  /** Postings already known; their per-job detail requests are skipped. */
  known?: (atsId: string) => boolean;
  /** Most per-job detail requests one refresh makes (Greenhouse and SmartRecruiters list without descriptions). */
  maxDetails?: number;
  /** Most postings read from a paged list (SmartRecruiters pages 100 at a time). */
  maxPostings?: number;
}

const NAMES: Record<AtsProvider, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  workable: 'Workable',
  recruitee: 'Recruitee',
};
const SMART_PAGE = 100;
const DEFAULT_MAX_POSTINGS = 5000;

/** Every open posting on a company's public job board. */
export async function fetchBoard(gateway: Gateway, ref: BoardRef, opts: FetchBoardOptions = {}): Promise<AtsPosting[]> {
  const endpoint = (opts.endpoints?.[ref.provider] ?? DEFAULT_ENDPOINTS[ref.provider])(ref.board, ref.region ?? 'us');
  const data =
    ref.provider === 'smartrecruiters'
      ? await smartRecruitersPages(gateway, endpoint, ref, opts)
      : await getBoardJson(gateway, endpoint, ref);
  const { schema, map } = MAPPERS[ref.provider];
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new AppError(
      'BAD_INPUT',
      `${NAMES[ref.provider]} answered for "${ref.board}" in a shape Jobsmith does not recognise (${describeZodError(parsed.error)}).`,
      { ...ref },
    );
  }
  const postings = (map as (d: unknown, b: string) => AtsPosting[])(parsed.data, ref.board);
  if (ref.provider === 'smartrecruiters')
    await addDetails(postings, opts, (p) => smartRecruitersDetail(gateway, endpoint, p));
  if (ref.provider === 'greenhouse') await addDetails(postings, opts, (p) => greenhouseDetail(gateway, endpoint, p));
  return postings;
}

async function getBoardJson(gateway: Gateway, url: string, ref: BoardRef): Promise<unknown> {
  try {
    return (await gateway.getJson(url)).data;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      const where = ref.region === 'eu' ? ' in the EU data centre' : '';
      throw new AppError(
        'NOT_FOUND',
        `There is no ${NAMES[ref.provider]} job board called "${ref.board}"${where}. Check the name in the company's careers page address.`,
        { ...ref },
      );
    }
    throw error;
  }
}

/** SmartRecruiters returns 100 postings a page: read pages by `offset` until `totalFound` (or the cap). */
async function smartRecruitersPages(
  gateway: Gateway,
  endpoint: string,
  ref: BoardRef,
  opts: FetchBoardOptions,
): Promise<unknown> {
  const cap = opts.maxPostings ?? DEFAULT_MAX_POSTINGS;
  const content: unknown[] = [];
  let total = Infinity;
  for (let offset = 0; offset < Math.min(total, cap); offset += SMART_PAGE) {
    const url = new URL(endpoint);
    url.searchParams.set('limit', String(SMART_PAGE));
    url.searchParams.set('offset', String(offset));
    const page = SmartList.safeParse(await getBoardJson(gateway, url.href, ref));
    if (!page.success) return page; // reported by the caller's schema check
    content.push(...page.data.content);
    total = page.data.totalFound ?? content.length;
    if (page.data.content.length === 0) break;
  }
  return { totalFound: total, content: content.slice(0, cap) };
}

async function addDetails(
  postings: AtsPosting[],
  opts: FetchBoardOptions,
  fetchDetail: (p: AtsPosting) => Promise<void>,
): Promise<void> {
  // Newest first: on a board of thousands, the budget goes to the postings a person would look at.
  const unknown = postings
    .filter((p) => !opts.known?.(p.atsId))
    .sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? ''));
  for (const posting of unknown.slice(0, opts.maxDetails ?? 50)) await fetchDetail(posting);
}

async function smartRecruitersDetail(gateway: Gateway, listUrl: string, posting: AtsPosting): Promise<void> {
  const base = listUrl.split('?')[0]!;
  const detail = SmartDetail.safeParse((await gateway.getJson(`${base}/${encodeURIComponent(posting.atsId)}`)).data);
  if (!detail.success) return;
  const sections = Object.values(detail.data.jobAd?.sections ?? {}).filter((x) => x?.text);
  posting.descriptionHtml = sections.map((x) => `<h3>${x!.title ?? ''}</h3>${x!.text}`).join('\n');
  if (detail.data.postingUrl) posting.url = detail.data.postingUrl;
}

async function greenhouseDetail(gateway: Gateway, listUrl: string, posting: AtsPosting): Promise<void> {
  const detail = GreenhouseJob.safeParse((await gateway.getJson(greenhouseJobUrl(listUrl, posting.atsId))).data);
  if (!detail.success) return;
  if (detail.data.content) posting.descriptionHtml = decodeEntities(detail.data.content);
  posting.salary = greenhouseSalary(detail.data.pay_input_ranges) ?? posting.salary;
}
