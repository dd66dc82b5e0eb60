// Round-trip latency of a small contract call over the loopback bridge (HTTP on 127.0.0.1, token
// check, zod validation of input and output, SQLite read), against an in-process dispatch baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridge } from '../src/main/bridge/bridge-server';
import { createCore } from '../src/main/core/app-core';
import { handlers } from '../src/main/handlers';
import { dispatch } from '../src/main/handlers/dispatch';
import { ms, summarize } from './stats';

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
  const measure = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < 200; i++) await fn(); // warm up
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      await fn();
      samples.push(performance.now() - start);
    }
    return summarize(samples);
  };
  const ctx = { core, transport: 'direct' as const, signal: new AbortController().signal };
  const rows = {
    'bridge app.info': await measure(() => call('app.info')),
    'bridge profile.get': await measure(() => call('profile.get')),
    'in-process profile.get': await measure(() => dispatch(handlers, 'profile.get', {}, ctx)),
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
