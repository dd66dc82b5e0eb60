import { AppError } from '../../../shared/ipc/result';

/**
 * Validates a `jobsmith://capture?url=…` deep link (sent by a browser bookmarklet or extension).
 * Any web page can open such a link, so it is treated as hostile input: only a public http(s)
 * address is accepted, never one with credentials or one on this machine or the local network.
 * The shell should still show the address and let the user confirm before capturing.
 */
export const DEEP_LINK_SCHEME = 'jobsmith';
const MAX_LINK_CHARS = 4096;

function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    (!host.includes('.') && !host.includes(':'))
  )
    return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  if (host.includes(':'))
    return (
      host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
    );
  return false;
}

export function parseCaptureDeepLink(link: string): { url: string } {
  if (typeof link !== 'string' || link.length > MAX_LINK_CHARS)
    throw new AppError('BAD_INPUT', 'The capture link is too long.');
  let parsed: URL;
  try {
    parsed = new URL(link);
  } catch {
    throw new AppError('BAD_INPUT', 'The capture link is not a valid address.');
  }
  const action = (parsed.hostname || parsed.pathname.replace(/^\/+/, '')).toLowerCase();
  if (parsed.protocol !== `${DEEP_LINK_SCHEME}:` || action !== 'capture') {
    throw new AppError('BAD_INPUT', `Jobsmith only opens ${DEEP_LINK_SCHEME}://capture?url=… links.`);
  }
  const urls = parsed.searchParams.getAll('url');
  if (urls.length !== 1 || !urls[0])
    throw new AppError('BAD_INPUT', 'The capture link must carry exactly one url= parameter.');
  let target: URL;
  try {
    target = new URL(urls[0]);
  } catch {
    throw new AppError('BAD_INPUT', 'The page address in the capture link is not valid.');
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    throw new AppError('BAD_INPUT', `Only web pages can be captured, not ${target.protocol} addresses.`);
  if (target.username || target.password)
    throw new AppError('BAD_INPUT', 'Page addresses with a user name or password are not captured from links.');
  if (isPrivateHost(target.hostname))
    throw new AppError(
      'FORBIDDEN',
      `${target.hostname} is on this computer or your local network; capture links only open public pages.`,
    );
  target.hash = '';
  return { url: target.href };
}
