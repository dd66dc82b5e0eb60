import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';

/** Turns texts into vectors with one model. `modelId` must change when the model file changes. */
export interface Embedder {
  modelId: string;
  embed(texts: string[]): Promise<number[][]>;
}

const keyOf = (modelId: string, text: string) => createHash('sha256').update(`${modelId}\n${text}`).digest('hex');

function toBlob(vector: number[]): Buffer {
  const f = new Float32Array(vector);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength);
}

function fromBlob(blob: Buffer, dims: number): Float32Array {
  const copy = new Uint8Array(blob); // aligned copy
  return new Float32Array(copy.buffer, 0, dims);
}

/**
 * Wraps an embedder with the SQLite cache `match_embeddings`: each (model, text) is embedded once.
 * Returns vectors in input order; `misses` counts the texts the model actually embedded.
 */
export function createCachedEmbedder(db: Db, embedder: Embedder) {
  const sqlite = db.$client;
  const select = sqlite.prepare('SELECT dims, vector FROM match_embeddings WHERE key = ?');
  const insert = sqlite.prepare(
    'INSERT OR REPLACE INTO match_embeddings (key, model, dims, vector, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    modelId: embedder.modelId,
    async embed(texts: string[]): Promise<Float32Array[]> {
      const out: (Float32Array | null)[] = texts.map((text) => {
        const row = select.get(keyOf(embedder.modelId, text)) as { dims: number; vector: Buffer } | undefined;
        return row ? fromBlob(row.vector, row.dims) : null;
      });
      const missing = [...new Set(texts.filter((_, i) => out[i] === null))];
      stats.hits += texts.length - texts.filter((_, i) => out[i] === null).length;
      if (missing.length) {
        const vectors = await embedder.embed(missing);
        if (vectors.length !== missing.length)
          throw new Error(`embedder returned ${vectors.length} vectors for ${missing.length} texts`);
        stats.misses += missing.length;
        const at = new Date().toISOString();
        const byText = new Map<string, Float32Array>();
        sqlite.transaction(() => {
          missing.forEach((text, i) => {
            const v = vectors[i]!;
            insert.run(keyOf(embedder.modelId, text), embedder.modelId, v.length, toBlob(v), at);
            byText.set(text, new Float32Array(v));
          });
        })();
        texts.forEach((text, i) => (out[i] ??= byText.get(text)!));
      }
      return out as Float32Array[];
    },
  };
}

export type CachedEmbedder = ReturnType<typeof createCachedEmbedder>;

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
