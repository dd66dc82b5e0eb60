import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Llama, LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { createTestDb } from '../../db/testing';
import { analyzeJob } from '../analyze-job';
import { analyzeProfile } from '../analyze-profile';
import { scoreMatch } from '../score-match';
import { SAMPLE_JOB, SAMPLE_PROFILE } from '../testing/sample-match.fixture';
import { createCachedEmbedder, type Embedder } from './embedding-cache';
import { createSemanticScorer } from './semantic-scorer';
import { missingFiles, skipUnless } from '../../testing/skip-unless';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const modelFile = path.resolve(repoRoot, '../shared/models/stories260K.gguf');

// stories260K's vectors mean nothing: these tests check plumbing and caching only.
describe('semantic layer with an on-device embedding model (stories260K)', skipUnless(missingFiles(modelFile)), () => {
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaEmbeddingContext;
  let calls = 0;
  let db: ReturnType<typeof createTestDb>;
  let embedder: Embedder;

  beforeAll(async () => {
    const { getLlama } = await import('node-llama-cpp');
    llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
    model = await llama.loadModel({ modelPath: modelFile });
    context = await model.createEmbeddingContext({ contextSize: 512 });
    embedder = {
      modelId: 'stories260K',
      async embed(texts) {
        calls += texts.length;
        const out: number[][] = [];
        for (const t of texts) out.push([...(await context.getEmbeddingFor(t)).vector]);
        return out;
      },
    };
    db = createTestDb();
  }, 60_000);

  afterAll(async () => {
    db?.cleanup();
    await context?.dispose();
    await model?.dispose();
    await llama?.dispose();
  });

  it('embeds once per text and model, then serves vectors from SQLite', async () => {
    const cached = createCachedEmbedder(db.db, embedder);
    const first = await cached.embed(['Built Python services', 'Kafka pipelines', 'Built Python services']);
    expect(first).toHaveLength(3);
    expect(first[0]!.length).toBe(64);
    expect([...first[2]!]).toEqual([...first[0]!]);
    expect(calls).toBe(2);
    const again = await createCachedEmbedder(db.db, embedder).embed(['Kafka pipelines', 'Built Python services']);
    expect(calls).toBe(2); // all from the cache, even through a new wrapper
    expect([...again[1]!]).toEqual([...first[0]!]);
    const rows = db.sqlite.prepare('SELECT model, dims FROM match_embeddings').all();
    expect(rows).toEqual([
      { model: 'stories260K', dims: 64 },
      { model: 'stories260K', dims: 64 },
    ]);
  });

  it('adds a semantic sub-score and paraphrase evidence to the match', async () => {
    const job = analyzeJob(SAMPLE_JOB);
    const profile = analyzeProfile(SAMPLE_PROFILE, '2025-01');
    // threshold -1: every sentence "paraphrases" its best fact, so the evidence path is exercised
    const scorer = createSemanticScorer(createCachedEmbedder(db.db, embedder), -1);
    const semantic = await scorer.score(job, SAMPLE_JOB.text, profile);
    expect(semantic.similarity).toBeGreaterThanOrEqual(0);
    expect(semantic.similarity).toBeLessThanOrEqual(1);
    const kafka = semantic.paraphrases.get('Apache Kafka')!;
    expect(profile.facts.map((f) => f.factId)).toContain(kafka.factId);
    const result = scoreMatch(job, profile, semantic);
    expect(result.subScores.find((s) => s.key === 'semantic')!.score).toBe(Math.round(semantic.similarity * 1000) / 10);
    const matchedKafka = result.matched.find((m) => m.skill === 'Apache Kafka')!;
    expect(matchedKafka.via).toBe('similar wording');
    expect(matchedKafka.evidence[0]!.similarity).toBe(kafka.similarity);
    const before = calls;
    await scorer.score(job, SAMPLE_JOB.text, profile);
    expect(calls).toBe(before); // the second run embeds nothing
    // same inputs, same score
    expect(scoreMatch(job, profile, await scorer.score(job, SAMPLE_JOB.text, profile)).score).toBe(result.score);
  });
});
