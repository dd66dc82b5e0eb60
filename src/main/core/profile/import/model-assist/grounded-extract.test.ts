// Model-assisted import with recorded responses through the fake model server: what the model
// says must be in the document, or it is dropped; an invented employer never comes through.
import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../secrets/secret-store';
import { createAiService, type AiService } from '../../../ai/ai-service';
import { keyName } from '../../../ai/api-keys';
import { createProviderFactory } from '../../../ai/provider-factory';
import { startFakeModelServer, type FakeModelServer } from '../../../ai/testing/fake-model-server';
import { createMemoryActivityLog } from '../../../ai/testing/memory-activity-log';
import { openai } from '../../../ai/testing/recorded-responses.fixture';
import { aiSettings, providerConfig } from '../../../ai/testing/test-settings';
import { groundInDocument, modelAssistedReading, type ModelResume } from './grounded-extract';

const CV = `Ana Ruiz
Data Engineer | ana.ruiz@example.com | (909) 555-0142 | Madrid, Spain
Experience
Senior Data Engineer – Northwind Traders, Madrid
Jan 2021 – Present
• Built the streaming pipeline for orders
Data Analyst, Bluefin Labs
03/2018 – 12/2020
Education
Universidad Complutense de Madrid — Grado en Matemáticas, 2014 – 2018`;

const parsed: ModelResume = {
  basics: { name: 'Ana Ruiz', email: 'ana.ruiz@example.com' },
  work: [
    { name: 'Northwind Traders', position: 'Senior Data Engineer', startDate: '2021-01' },
    { name: 'Data Analyst', position: 'Bluefin Labs', startDate: '2018-03', endDate: '2020-12' },
  ],
};

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serviceAnswering(answer: ModelResume): Promise<AiService> {
  const s = await startFakeModelServer([{ json: openai.completion(JSON.stringify(answer)) }]);
  servers.push(s);
  const secrets = createMemorySecretStore();
  secrets.set(keyName('openai'), 'sk-test');
  const settings = aiSettings([providerConfig({ id: 'openai', kind: 'openai', baseUrl: `${s.url}/v1` })]);
  return createAiService({
    settings: () => settings,
    createProvider: createProviderFactory({ secrets, env: {} }),
    log: createMemoryActivityLog(),
  });
}

describe('groundInDocument', () => {
  it('keeps values the document writes (accents, case, dashes, phone digits, dates it writes) and drops the rest', () => {
    const g = groundInDocument(
      {
        basics: { name: 'ANA RUIZ', phone: '909-555-0142', label: 'Chief Data Officer' },
        work: [
          { name: 'Northwind Traders', position: 'Senior Data Engineer', startDate: '2021-01', endDate: '2019-05' },
        ],
        education: [
          {
            institution: 'Universidad Complutense de Madrid',
            studyType: 'Grado',
            area: 'Matematicas',
            startDate: '2014',
          },
        ],
      },
      CV,
    );
    expect(g.value.basics).toMatchObject({ name: 'ANA RUIZ', phone: '909-555-0142' });
    expect(g.value.basics?.label).toBeUndefined();
    expect(g.value.work?.[0]).toMatchObject({ startDate: '2021-01' });
    expect(g.value.work?.[0]?.endDate).toBeUndefined();
    expect(g.value.education?.[0]).toMatchObject({ area: 'Matematicas', startDate: '2014' });
    expect(g.dropped).toEqual(['basics.label', 'work.0.endDate']);
  });
});

describe('modelAssistedReading (recorded responses, fake model server)', () => {
  it('a faithful reading fixes what the parse swapped, shown as disagreements', async () => {
    const ai = await serviceAnswering({
      basics: { name: 'Ana Ruiz', email: 'ana.ruiz@example.com' },
      work: [
        { name: 'Northwind Traders', position: 'Senior Data Engineer', startDate: '2021-01' },
        { name: 'Bluefin Labs', position: 'Data Analyst', startDate: '2018-03', endDate: '2020-12' },
      ],
    });
    const r = await modelAssistedReading({ generate: (req) => ai.generate(req) }, { text: CV, parsed });
    expect(r.dropped).toEqual([]);
    expect(r.disagreements).toContainEqual({ path: 'work.new.1.name', parsed: '', model: 'Bluefin Labs' });
    expect(r.disagreements.some((d) => d.path.startsWith('work.0'))).toBe(false);
  });

  it('an invented employer, title and bullet never reach the result', async () => {
    const ai = await serviceAnswering({
      basics: { name: 'Ana Ruiz' },
      work: [
        {
          name: 'Globex Corporation',
          position: 'Head of Data',
          startDate: '2016-01',
          highlights: ['Led 40 engineers'],
        },
        {
          name: 'Northwind Traders',
          position: 'Senior Data Engineer',
          highlights: ['Built the streaming pipeline for orders', 'Saved 2 million euros'],
        },
      ],
    });
    const r = await modelAssistedReading({ generate: (req) => ai.generate(req) }, { text: CV, parsed });
    const out = JSON.stringify(r.value) + JSON.stringify(r.disagreements);
    for (const invented of ['Globex', 'Head of Data', 'Led 40 engineers', 'Saved 2 million'])
      expect(out).not.toContain(invented);
    expect(r.dropped).toEqual(expect.arrayContaining(['work.0', 'work.1.highlights.1']));
    expect(r.value.work).toEqual([
      {
        name: 'Northwind Traders',
        position: 'Senior Data Engineer',
        highlights: ['Built the streaming pipeline for orders'],
      },
    ]);
  });
});
