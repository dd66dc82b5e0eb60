import type { AtsProvider } from '../../../../shared/domain/job';
import { AppError } from '../../../../shared/ipc/result';
import type { Gateway } from '../../net/gateway';
import { parseBoardRef, workableShortcode, type BoardRef } from './board-ref';

/**
 * Like `parseBoardRef`, but a link that names one job and not the board (Workable's `apply.workable.com/j/<code>`)
 * is followed once through the gateway: Workable redirects it to `apply.workable.com/<account>/j/<code>`, which
 * names the account. When that does not work, the original, explicit message stands.
 */
export async function resolveBoardRef(gateway: Gateway, input: string, provider?: AtsProvider): Promise<BoardRef> {
  try {
    return parseBoardRef(input, provider);
  } catch (error) {
    const shortcode =
      error instanceof AppError ? (error.details as { shortcode?: string } | undefined)?.shortcode : undefined;
    if (!shortcode) throw error;
    const account = await workableAccountOf(gateway, input.trim(), shortcode).catch(() => null);
    if (!account) throw error;
    return parseBoardRef(account, 'workable');
  }
}

async function workableAccountOf(gateway: Gateway, link: string, shortcode: string): Promise<string | null> {
  const { url } = await gateway.getText(link);
  const final = new URL(url);
  if (workableShortcode(final)) return null;
  const parts = final.pathname.split('/').filter(Boolean);
  const at = parts.indexOf('j');
  return at > 0 && parts[at + 1] === shortcode ? parts[at - 1]! : null;
}
