import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDownloadStatus } from '../../../../shared/domain/ai';
import { recommendModels } from './model-catalog';
import { createModelDownloads } from './model-downloads';
import { createModelLibrary, sha256File } from './model-library';
import { missingFiles, skipUnless } from '../../testing/skip-unless';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const modelPath = path.resolve(repoRoot, '../shared/models/stories260K.gguf');
const SHA = '270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d';

describe('model recommendations', () => {
  const GiB = 1024 ** 3;
  it('recommends the largest model that fits in memory and runs at a usable speed on CPU', () => {
    const rows = recommendModels({
      totalRamBytes: 8 * GiB,
      freeRamBytes: 4 * GiB,
      gpu: null,
      totalVramBytes: 0,
      freeVramBytes: 0,
      cpuCores: 4,
    });
    expect(rows.find((r) => r.recommended)?.id).toBe('llama-3.2-1b');
    expect(rows.find((r) => r.id === 'llama-3.2-3b')).toMatchObject({
      fits: false,
      reason: expect.stringMatching(/too slow/),
    });
    expect(rows.find((r) => r.id === 'qwen2.5-7b')?.fits).toBe(false);
  });
  it('never recommends a 14B model to a CPU-only machine with few cores, however much memory it has', () => {
    const rows = recommendModels({
      totalRamBytes: 24 * GiB,
      freeRamBytes: 20 * GiB,
      gpu: null,
      totalVramBytes: 0,
      freeVramBytes: 0,
      cpuCores: 2,
    });
    const recommended = rows.find((r) => r.recommended);
    expect(recommended?.id).toBe('qwen2.5-0.5b');
    expect(recommended?.reason).toMatch(/fastest that fits/);
    expect(rows.find((r) => r.id === 'qwen2.5-14b')?.recommended).toBe(false);
  });
  it('recommends bigger models to a machine with many cores', () => {
    const rows = recommendModels({
      totalRamBytes: 32 * GiB,
      freeRamBytes: 24 * GiB,
      gpu: null,
      totalVramBytes: 0,
      freeVramBytes: 0,
      cpuCores: 16,
    });
    expect(rows.find((r) => r.recommended)?.id).toBe('qwen2.5-7b');
  });
  it('uses free VRAM when there is a GPU', () => {
    const rows = recommendModels({
      totalRamBytes: 8 * GiB,
      freeRamBytes: 4 * GiB,
      gpu: 'cuda',
      totalVramBytes: 24 * GiB,
      freeVramBytes: 20 * GiB,
      cpuCores: 8,
    });
    expect(rows.find((r) => r.recommended)?.id).toBe('qwen2.5-14b');
  });
  it('recommends nothing on a tiny machine', () => {
    const rows = recommendModels({
      totalRamBytes: 0.5 * GiB,
      freeRamBytes: 0.2 * GiB,
      gpu: null,
      totalVramBytes: 0,
      freeVramBytes: 0,
      cpuCores: 1,
    });
    expect(rows.some((r) => r.recommended)).toBe(false);
  });
});

describe(
  'model library: download, verify, list, delete (served from 127.0.0.1)',
  skipUnless(missingFiles(modelPath)),
  () => {
    let server: Server;
    let base = '';
    const ranges: string[] = [];
    let networkDown = false;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-models-'));
    const work = mkdtempSync(path.join(os.tmpdir(), 'jobsmith-models-src-'));
    // The downloader saves in 5 MB chunks, so resuming needs a file bigger than the tiny model.
    const big = path.join(work, 'big.gguf');
    writeFileSync(big, Buffer.concat([Buffer.from('GGUF'), randomBytes(16 * 1024 * 1024)]));
    const files: Record<string, string> = {
      '/stories260K.gguf': modelPath,
      '/big.gguf': big,
      // how Hugging Face serves a file of a repo (hf:karpathy/tiny/stories260K.gguf)
      '/karpathy/tiny/resolve/main/stories260K.gguf?download=true': modelPath,
      '/karpathy/bad/resolve/main/stories260K.gguf?download=true': modelPath,
    };
    // Hugging Face's tree API: the LFS oid is the file's sha256
    const trees: Record<string, unknown> = {
      '/api/models/karpathy/tiny/tree/main': [
        { type: 'file', path: 'stories260K.gguf', size: 1185376, lfs: { oid: SHA, size: 1185376, pointerSize: 134 } },
      ],
      '/api/models/karpathy/bad/tree/main': [
        {
          type: 'file',
          path: 'stories260K.gguf',
          size: 1185376,
          lfs: { oid: 'f'.repeat(64), size: 1185376, pointerSize: 134 },
        },
      ],
    };

    beforeAll(async () => {
      server = createServer((req, res) => {
        const tree = trees[req.url ?? ''];
        if (tree) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tree));
        // drops every connection while the network is "down", then serves the tiny model
        if (req.url === '/flaky.gguf' && networkDown) return void req.socket.destroy();
        const file = req.url === '/flaky.gguf' ? modelPath : files[req.url ?? ''];
        if (!file) return void res.writeHead(404).end();
        const size = statSync(file).size;
        if (req.headers.range) ranges.push(req.headers.range);
        const match = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
        const start = match ? Number(match[1]) : 0;
        const end = match?.[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
        res.writeHead(match ? 206 : 200, {
          'content-type': 'application/octet-stream',
          'content-length': String(end - start + 1),
          'accept-ranges': 'bytes',
          ...(match ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
        });
        // dribble the bytes so that a test can stop the download half way
        const stream = createReadStream(file, { start, end, highWaterMark: 256 * 1024 });
        stream.on('data', (chunk) => {
          stream.pause();
          res.write(chunk, () => setTimeout(() => stream.resume(), 2));
        });
        stream.on('end', () => res.end());
        res.on('close', () => stream.destroy());
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    });

    it('resumes a stopped download where it left off', async () => {
      const library = createModelLibrary(dir, { allowHttpHosts: ['127.0.0.1'] });
      const controller = new AbortController();
      await expect(
        library.pull(`${base}/big.gguf`, {
          signal: controller.signal,
          onProgress: (p) => {
            if (p.downloadedBytes > 11 * 1024 * 1024) controller.abort();
          },
        }),
      ).rejects.toMatchObject({ code: 'CANCELLED' });
      ranges.length = 0;
      const model = await library.pull(`${base}/big.gguf`, { expectedSha256: await sha256File(big) });
      expect(ranges.some((r) => !r.startsWith('bytes=0-'))).toBe(true); // continued, not restarted
      expect(model.sizeBytes).toBe(statSync(big).size);
      await library.remove('big.gguf');
    });

    it('pushes a failed download as an event that says why, and retries it', async () => {
      const events: ModelDownloadStatus[] = [];
      const downloads = createModelDownloads(
        createModelLibrary(dir, { stallMs: 1500, allowHttpHosts: ['127.0.0.1'] }),
        (status) => events.push(status),
      );
      networkDown = true;
      const first = downloads.start(`${base}/flaky.gguf`, SHA);
      expect(await downloads.wait(first.downloadId)).toBeNull();
      networkDown = false;
      const failed = events.at(-1)!;
      expect(failed).toMatchObject({ downloadId: first.downloadId, state: 'failed' });
      expect(failed.error).not.toMatch(/TypeError|fetch failed/);
      expect(failed.error).toMatch(/no progress for 2 s: the connection keeps failing.+Retry/);
      const again = downloads.retry(first.downloadId);
      expect(await downloads.wait(again.downloadId)).toMatchObject({ fileName: 'flaky.gguf', checksumVerified: true });
      expect(events.at(-1)).toMatchObject({ downloadId: again.downloadId, state: 'done' });
      await createModelLibrary(dir).remove('flaky.gguf');
    });

    it('refuses plain http model addresses unless the host is allowed explicitly', async () => {
      await expect(createModelLibrary(dir).pull(`${base}/stories260K.gguf`)).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/plain http is refused/),
      });
      await expect(createModelLibrary(dir).pull('ftp://example.com/x.gguf')).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    });

    it('stops a download as soon as offline mode is switched on, not only at its start', async () => {
      let offline = false;
      const library = createModelLibrary(dir, {
        allowHttpHosts: ['127.0.0.1'],
        beforeNetwork: () => {
          if (offline) throw Object.assign(new Error('offline'), { code: 'OFFLINE' });
        },
      });
      await expect(
        library.pull(`${base}/big.gguf`, {
          onProgress: (p) => {
            if (p.downloadedBytes > 4 * 1024 * 1024) offline = true;
          },
        }),
      ).rejects.toMatchObject({ code: 'OFFLINE' });
      expect(library.list().map((m) => m.fileName)).not.toContain('big.gguf'); // not recorded as a model
    });

    it('reports progress, verifies the checksum, lists and deletes', async () => {
      const library = createModelLibrary(dir, { allowHttpHosts: ['127.0.0.1'] });
      const progress: number[] = [];
      const model = await library.pull(`${base}/stories260K.gguf`, {
        expectedSha256: SHA,
        onProgress: (p) => progress.push(p.downloadedBytes),
      });
      expect(model).toMatchObject({
        fileName: 'stories260K.gguf',
        sizeBytes: 1_185_376,
        sha256: SHA,
        checksumVerified: true,
      });
      expect(await sha256File(model.path)).toBe(SHA);
      expect(progress.at(-1)).toBe(1_185_376);
      expect(library.list().map((m) => m.fileName)).toEqual(['stories260K.gguf']);
      expect(() => library.resolve('../etc/passwd.gguf')).toThrow(/not a model file name/);
      await library.remove('stories260K.gguf');
      expect(library.list()).toEqual([]);
      expect(JSON.parse(readFileSync(path.join(dir, 'models.json'), 'utf8'))).toEqual({});
    });

    it('removes a download whose checksum does not match', async () => {
      const library = createModelLibrary(dir, { allowHttpHosts: ['127.0.0.1'] });
      await expect(library.pull(`${base}/stories260K.gguf`, { expectedSha256: '0'.repeat(64) })).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringMatching(/does not match its published checksum/),
      });
      expect(library.list()).toEqual([]);
    });

    it('verifies a Hugging Face download against the sha256 Hugging Face publishes', async () => {
      const getJson = async (url: string) => (await fetch(url)).json();
      const library = createModelLibrary(dir, { getJson, hfEndpoint: `${base}/` });
      const model = await library.pull('hf:karpathy/tiny/stories260K.gguf');
      expect(model).toMatchObject({ sha256: SHA, checksumVerified: true });
      await library.remove(model.fileName);
      await expect(library.pull('hf:karpathy/bad/stories260K.gguf')).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect(library.list()).toEqual([]);
    });
  },
);
