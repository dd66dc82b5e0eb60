import type { AtsProvider } from '../../../../shared/domain/job';
import { AppError, describeZodError } from '../../../../shared/ipc/result';
import type { Gateway } from '../../net/gateway';
import type { AtsPosting } from './ats-posting';
import { DEFAULT_ENDPOINTS, MAPPERS, SmartDetail } from './ats-providers';
import type { BoardRef } from './board-ref';

export type AtsEndpoints = Partial<Record<AtsProvider, (board: string) => string>>;

export interface FetchBoardOptions {
  /** Overrides for where each API lives (tests point them at 127.0.0.1). */
  endpoints?: AtsEndpoints;
  /** Postings already known; SmartRecruiters skips their detail requests. */
  known?: (atsId: string) => boolean;
  /** Most detail requests one refresh makes (SmartRecruiters lists postings without descriptions). */
  maxDetails?: number;
}

const NAMES: Record<AtsProvider, string> = { greenhouse: 'Greenhouse', lever: 'Lever', ashby: 'Ashby', smartrecruiters: 'SmartRecruiters', workable: 'Workable', recruitee: 'Recruitee' };

/** Every open posting on a company's public job board. */
export async function fetchBoard(gateway: Gateway, ref: BoardRef, opts: FetchBoardOptions = {}): Promise<AtsPosting[]> {
  const endpoint = (opts.endpoints?.[ref.provider] ?? DEFAULT_ENDPOINTS[ref.provider])(ref.board);
  let data: unknown;
  try {
    data = (await gateway.getJson(endpoint)).data;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', `There is no ${NAMES[ref.provider]} job board called "${ref.board}". Check the name in the company's careers page address.`, { ...ref });
    }
    throw error;
  }
  const { schema, map } = MAPPERS[ref.provider];
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', `${NAMES[ref.provider]} answered for "${ref.board}" in a shape Jobsmith does not recognise (${describeZodError(parsed.error)}).`, { ...ref });
  }
  const postings = (map as (d: unknown, b: string) => AtsPosting[])(parsed.data, ref.board);
  if (ref.provider === 'smartrecruiters') await addSmartRecruitersDetails(gateway, endpoint, postings, opts);
  return postings;
}

async function addSmartRecruitersDetails(gateway: Gateway, listUrl: string, postings: AtsPosting[], opts: FetchBoardOptions): Promise<void> {
  const base = listUrl.split('?')[0]!;
  let budget = opts.maxDetails ?? 50;
  for (const posting of postings) {
    if (opts.known?.(posting.atsId) || budget-- <= 0) continue;
    const detail = SmartDetail.safeParse((await gateway.getJson(`${base}/${encodeURIComponent(posting.atsId)}`)).data);
    if (!detail.success) continue;
    const sections = Object.values(detail.data.jobAd?.sections ?? {}).filter((x) => x?.text);
    posting.descriptionHtml = sections.map((x) => `<h3>${x!.title ?? ''}</h3>${x!.text}`).join('\n');
    if (detail.data.postingUrl) posting.url = detail.data.postingUrl;
  }
}
