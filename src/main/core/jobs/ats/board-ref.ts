import { AtsProvider } from '../../../../shared/domain/job';
import { AppError } from '../../../../shared/ipc/result';

/** A company's public job board on one ATS: `greenhouse:acme`, or any URL of that board. */
export interface BoardRef {
  provider: AtsProvider;
  board: string;
}

const URL_PATTERNS: [AtsProvider, RegExp][] = [
  ['greenhouse', /^(?:job-)?boards(?:-api)?\.greenhouse\.io$/],
  ['lever', /^(?:jobs|api)(?:\.eu)?\.lever\.co$/],
  ['ashby', /^(?:jobs|api)\.ashbyhq\.com$/],
  ['smartrecruiters', /^(?:jobs|careers|api)\.smartrecruiters\.com$/],
  ['workable', /^(?:apply|www)\.workable\.com$/],
];

const BOARD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function checkName(board: string, provider: AtsProvider): BoardRef {
  const clean = decodeURIComponent(board).trim();
  if (!BOARD_NAME.test(clean)) throw new AppError('BAD_INPUT', `"${board}" is not a ${provider} board name (letters, digits, dots, dashes).`);
  return { provider, board: clean };
}

/** Reads "greenhouse:acme", ("acme", provider) or a board/job URL of any supported ATS. */
export function parseBoardRef(input: string, provider?: AtsProvider): BoardRef {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
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
    for (const [p, re] of URL_PATTERNS) {
      if (!re.test(host)) continue;
      // boards-api.greenhouse.io/v1/boards/<b>/jobs, api.lever.co/v0/postings/<b>, api.smartrecruiters.com/v1/companies/<b>/postings
      const apiIndex = parts.findIndex((x) => x === 'boards' || x === 'postings' || x === 'companies' || x === 'job-board' || x === 'accounts');
      const name = apiIndex >= 0 ? parts[apiIndex + 1] : parts[0];
      if (!name) throw new AppError('BAD_INPUT', `The address ${text} does not name a ${p} board.`);
      return checkName(name, p);
    }
    throw new AppError('BAD_INPUT', `${host} is not a supported job board. Supported: Greenhouse, Lever, Ashby, SmartRecruiters, Workable and Recruitee.`);
  }
  const colon = /^([a-z]+):(.+)$/i.exec(text);
  if (colon) {
    const parsed = AtsProvider.safeParse(colon[1]!.toLowerCase());
    if (!parsed.success) throw new AppError('BAD_INPUT', `"${colon[1]}" is not a supported job board. Use one of: ${AtsProvider.options.join(', ')}.`);
    return checkName(colon[2]!, parsed.data);
  }
  if (!provider) throw new AppError('BAD_INPUT', `Say which job board "${text}" is on (e.g. greenhouse:${text}), or paste its URL.`);
  return checkName(text, provider);
}
