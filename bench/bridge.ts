// Round-trip latency of a small contract call over the loopback bridge (HTTP on 127.0.0.1, token
// check, zod validation of input and output, SQLite read), against an in-process dispatch baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridge } from '../src/main/bridge/bridge-server';
import { createCore } from '../src/main/core/app-core';
import { handlers } from '../src/main/handlers';
import { dispatch } from '../src/main/handlers/dispatch';
import { measure, ms } from './stats';

export async function run(args: string[]): Promise<void> {
  const iterations = Number(args[0] ?? 2000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-bench-bridge-'));
  const core = createCore({ dataDir });
  const bridge = await startBridge({ core, handlers });
  const call = async (channel: string) => {
    const res = await fetch(`${bridge.url}/rpc/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    return res.json();
  };
  const ctx = { core, transport: 'direct' as const, signal: new AbortController().signal };
  const rows = {
    'bridge app.info': await measure(iterations, () => call('app.info'), 200),
    'bridge profile.get': await measure(iterations, () => call('profile.get'), 200),
    'in-process profile.get': await measure(iterations, () => dispatch(handlers, 'profile.get', {}, ctx), 200),
  };
  console.log(`${iterations} calls each, keep-alive connection (Node's fetch)`);
  console.log('call                      median      p95         max');
  for (const [name, s] of Object.entries(rows)) {
    console.log(`${name.padEnd(25)} ${ms(s.median).padEnd(11)} ${ms(s.p95).padEnd(11)} ${ms(s.max)}`);
  }
  await bridge.close();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
}
