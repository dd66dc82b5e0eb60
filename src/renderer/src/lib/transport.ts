import type { JobsmithBridge } from '../../../preload/api';
import type { EventName } from '../../../shared/contract';
import { err, type Result } from '../../../shared/ipc/result';

/** How the renderer reaches the core: Electron's preload, or the loopback bridge in a browser. */
export interface Transport {
  kind: 'electron' | 'bridge';
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  on(name: EventName, listener: (payload: unknown) => void): () => void;
}

const TOKEN_KEY = 'jobsmith.bridgeToken';

/** The bridge token arrives once in `?token=`; keep it for this tab only and drop it from the address bar. */
function bridgeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function electronTransport(bridge: JobsmithBridge): Transport {
  const calls = bridge.call as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  return {
    kind: 'electron',
    call: (channel, input) => {
      const fn = calls[channel];
      return fn ? fn(input) : Promise.resolve(err('NOT_FOUND', `Unknown channel ${channel}`));
    },
    on: (name, listener) => bridge.on(name, listener),
  };
}

function bridgeTransport(): Transport {
  const token = bridgeToken();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  async function stream(): Promise<void> {
    streaming = true;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch('/events', { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok || !res.body) throw new Error(`events ${res.status}`);
        attempt = 0;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const name = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (name && data) listeners.get(name)?.forEach((fn) => fn(JSON.parse(data)));
          }
        }
      } catch {
        // The core restarted or the connection dropped: try again with backoff.
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** attempt)));
    }
  }

  return {
    kind: 'bridge',
    async call(channel, input) {
      try {
        const res = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<unknown>;
      } catch (error) {
        return err(
          'NETWORK',
          `Jobsmith's core is not reachable (${(error as Error).message}). Is \`npm run cli -- serve\` still running?`,
        );
      }
    },
    on(name, listener) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(listener);
      if (!streaming) void stream();
      return () => listeners.get(name)?.delete(listener);
    },
  };
}

export function pickTransport(): Transport {
  return window.jobsmith ? electronTransport(window.jobsmith) : bridgeTransport();
}
