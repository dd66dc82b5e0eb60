import { AtsProvider, type BoardRegion } from '../../../../shared/domain/job';
import { AppError } from '../../../../shared/ipc/result';

/**
 * A company's public job board on one ATS: `greenhouse:acme`, `greenhouse:eu:acme`, or any URL of that board.
 * `region` matters where a vendor runs a separate EU data centre (Greenhouse, Lever): an EU board is served
 * only by the EU API host.
 */
export interface BoardRef {
  provider: AtsProvider;
  board: string;
  region?: BoardRegion;
}

/** Host patterns of each ATS; the `eu` group marks a vendor's EU data centre. */
const URL_PATTERNS: [AtsProvider, RegExp][] = [
  ['greenhouse', /^(?:job-)?boards(?:-api)?(?<eu>\.eu)?\.greenhouse\.io$/],
  ['lever', /^(?:jobs|api)(?<eu>\.eu)?\.lever\.co$/],
  ['ashby', /^(?:jobs|api)\.ashbyhq\.com$/],
  ['smartrecruiters', /^(?:jobs|careers|api)\.smartrecruiters\.com$/],
  ['workable', /^(?:apply|www)\.workable\.com$/],
];

const BOARD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Path segments that are part of an API or page route, never a board's name. */
const ROUTE_WORDS = new Set(['boards', 'postings', 'companies', 'job-board', 'accounts']);

function checkName(board: string, provider: AtsProvider, region: BoardRegion = 'us'): BoardRef {
  const clean = decodeURIComponent(board).trim();
  if (!BOARD_NAME.test(clean))
    throw new AppError('BAD_INPUT', `"${board}" is not a ${provider} board name (letters, digits, dots, dashes).`);
  return region === 'eu' ? { provider, board: clean, region } : { provider, board: clean };
}

/** A Workable job short link (`apply.workable.com/j/<code>`) names the job, not the company's account. */
export function workableShortcode(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  return /^(?:apply|www)\.workable\.com$/i.test(url.hostname) && parts[0] === 'j' && parts[1] ? parts[1] : null;
}

function fromUrl(text: string): BoardRef {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('BAD_INPUT', `"${text}" is not a valid address.`);
  }
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  const sub = /^([a-z0-9-]+)\.(recruitee|workable)\.com$/.exec(host);
  if (sub && sub[1] !== 'www' && sub[1] !== 'apply') return checkName(sub[1]!, sub[2] as AtsProvider);
  for (const [provider, re] of URL_PATTERNS) {
    const match = re.exec(host);
    if (!match) continue;
    const region: BoardRegion = match.groups?.eu ? 'eu' : 'us';
    // Greenhouse embeds name the board in a query parameter: boards.greenhouse.io/embed/job_board?for=acme
    const embedded = provider === 'greenhouse' ? url.searchParams.get('for') : null;
    if (embedded) return checkName(embedded, provider, region);
    const shortcode = provider === 'workable' ? workableShortcode(url) : null;
    if (shortcode) {
      throw new AppError(
        'BAD_INPUT',
        `This Workable link names one job (${shortcode}), not the company's board. Open the company's careers page on Workable and paste its address (apply.workable.com/<company>/), or enter workable:<company>.`,
        { provider, shortcode },
      );
    }
    // boards-api.greenhouse.io/v1/boards/<b>/jobs, api.lever.co/v0/postings/<b>, api.smartrecruiters.com/v1/companies/<b>/postings
    const apiIndex = parts.findIndex((x) => ROUTE_WORDS.has(x));
    const name = apiIndex >= 0 ? parts[apiIndex + 1] : parts[0];
    if (!name || name === 'embed')
      throw new AppError('BAD_INPUT', `The address ${text} does not name a ${provider} board.`);
    return checkName(name, provider, region);
  }
  throw new AppError(
    'BAD_INPUT',
    `${host} is not a supported job board. Supported: Greenhouse, Lever, Ashby, SmartRecruiters, Workable and Recruitee.`,
  );
}

/** Reads "greenhouse:acme", "greenhouse:eu:acme", ("acme", provider) or a board/job URL of any supported ATS. */
export function parseBoardRef(input: string, provider?: AtsProvider): BoardRef {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) return fromUrl(text);
  const colon = /^([a-z]+):(?:(eu|us):)?(.+)$/i.exec(text);
  if (colon) {
    const parsed = AtsProvider.safeParse(colon[1]!.toLowerCase());
    if (!parsed.success)
      throw new AppError(
        'BAD_INPUT',
        `"${colon[1]}" is not a supported job board. Use one of: ${AtsProvider.options.join(', ')}.`,
      );
    return checkName(colon[3]!, parsed.data, (colon[2]?.toLowerCase() as BoardRegion | undefined) ?? 'us');
  }
  if (!provider)
    throw new AppError('BAD_INPUT', `Say which job board "${text}" is on (e.g. greenhouse:${text}), or paste its URL.`);
  return checkName(text, provider);
}
