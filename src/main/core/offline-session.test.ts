import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore } from './testing';
import { generateCv } from './profile/import/testing/cv-generate';
import { renderText } from './profile/import/testing/cv-render-text';

/**
 * One offline switch: with offline mode on, a whole session (import a CV, capture a job by paste,
 * analyse and match it, ask the on-device model, export all data) opens no socket at all. Every
 * client socket Node creates is announced on the `net.client.socket` diagnostics channel; none may be.
 * (Tailoring, document export and application tracking are on other branches and not covered here.)
 */
const tinyModel = path.resolve(import.meta.dirname, '../../../../shared/models/stories260K.gguf');
const sockets: string[] = [];
const onSocket = (message: unknown): void =>
  void sockets.push(String((message as { socket?: { remoteAddress?: string } }).socket?.remoteAddress ?? 'socket'));
const core = createTestCore();
beforeAll(() => subscribe('net.client.socket', onSocket));
afterAll(async () => {
  unsubscribe('net.client.socket', onSocket);
  await core.cleanup();
});

describe('offline session', () => {
  it(
    'runs import, capture, analysis, match, the on-device model and export without opening a socket',
    { timeout: 120_000 },
    async () => {
      core.settings.update({ offlineMode: true });

      const cv = renderText(generateCv(5, 'single', 'txt').view, false, 0);
      const preview = await core.profileImport.parse(strToU8(cv), 'cv.txt');
      core.profile.applyImport(preview.profile, 'replace', { fileName: preview.fileName, format: preview.format });
      expect(core.profile.get().profile.basics.name).not.toBe('');

      const { job } = await core.jobs.add({
        kind: 'paste',
        text: 'Data Engineer\nCompany: Acme\nLocation: Leeds, United Kingdom\n\nBuild pipelines in Python, SQL and Spark. Airflow a plus.',
      });
      const match = await core.match.matchJob(job.id);
      expect(match).toMatchObject({ jobId: job.id, score: expect.any(Number) });
      expect(core.match.ranked().length).toBeGreaterThan(0);

      // Network features refuse with OFFLINE instead of trying.
      await expect(core.jobs.add({ kind: 'url', url: 'https://jobs.example.com/1' })).rejects.toMatchObject({
        code: 'OFFLINE',
      });
      await expect(core.profileImport.parseGithub('octocat')).rejects.toMatchObject({ code: 'OFFLINE' });

      if (existsSync(tinyModel)) {
        const inFolder = path.join(core.dataDir, 'models', 'stories260K.gguf');
        mkdirSync(path.dirname(inFolder), { recursive: true });
        copyFileSync(tinyModel, inFolder);
        core.ai.useLocalModel(inFolder);
        expect((await core.ai.ping('local')).providerKind).toBe('local');
      }

      const exported = core.privacy.exportAll();
      expect(exported.rows).toBeGreaterThan(0);
      expect(sockets).toEqual([]);
    },
  );
});
