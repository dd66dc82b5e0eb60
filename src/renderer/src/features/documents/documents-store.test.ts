import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentVersion, TruthFlag } from '../../../../shared/domain/document';

const invoke = vi.fn();
vi.mock('../../lib/api', () => ({
  api: { invoke: (...args: unknown[]) => invoke(...args) },
  errorMessage: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
vi.mock('./download', () => ({ downloadBase64: vi.fn() }));
const { useDocuments } = await import('./documents-store');

const flag: TruthFlag = {
  id: 'f1',
  blockId: 'h1',
  start: 0,
  end: 3,
  text: '45%',
  kind: 'percent',
  reason: 'the cited fact says 30%',
  status: 'open',
};
const version = (id: number, flags: TruthFlag[]): DocumentVersion =>
  ({
    id,
    documentId: 1,
    jobId: 'j1',
    kind: 'letter',
    title: 'Cover letter',
    source: id === 1 ? 'tailored' : 'edited',
    content: {
      kind: 'letter',
      letter: {
        sender: { name: 'Jane', label: '', email: '', phone: '', url: '', location: {} },
        recipient: { company: 'Acme', role: 'Engineer' },
        date: '2026-01-01',
        greeting: 'Dear team,',
        paragraphs: [{ id: 'h1', text: '45% cheaper.', factIds: ['w1h1'] }],
        closing: 'Jane',
      },
    },
    flags,
    matchBefore: null,
    matchAfter: null,
    options: { template: 'ats', paper: 'a4', maxPages: 2 },
    createdAt: '2026-01-01T00:00:00Z',
  }) as DocumentVersion;

/** The core: version 1 has an open flag; resolving it stores version 2. */
function core(stored: Record<number, DocumentVersion>, resolved: DocumentVersion | Error) {
  invoke.mockImplementation(async (channel: string, args: { id?: number }) => {
    if (channel === 'documents.get') return stored[args.id!];
    if (channel === 'documents.list') return [];
    if (channel === 'documents.preview') return { pages: [] };
    if (channel === 'documents.resolveFlag') {
      if (resolved instanceof Error) throw resolved;
      stored[resolved.id] = resolved;
      return resolved;
    }
    throw new Error(`unexpected ${channel}`);
  });
}

beforeEach(() => {
  invoke.mockReset();
  useDocuments.setState({ selected: null, draft: null, error: null, loading: false });
});

describe('documents store: flags are resolved by the core', () => {
  it('"it is true" asks the core to confirm the claim and opens the new version it saved', async () => {
    core({ 1: version(1, [flag]) }, version(2, [{ ...flag, status: 'confirmed' }]));
    await useDocuments.getState().select(1);
    await useDocuments.getState().resolveFlag('f1', { action: 'confirm' });
    expect(invoke).toHaveBeenCalledWith('documents.resolveFlag', {
      id: 1,
      flagId: 'f1',
      action: { action: 'confirm' },
    });
    expect(useDocuments.getState().selected?.id).toBe(2);
    expect(useDocuments.getState().selected?.flags[0]!.status).toBe('confirmed');
    expect(useDocuments.getState()).toMatchObject({ loading: false, error: null });
  });

  it('an edit of a flag goes to the core; a still-untraceable claim comes back open', async () => {
    core(
      { 1: version(1, [flag]) },
      version(2, [
        { ...flag, status: 'edited' },
        { ...flag, id: 'f2', text: '50%' },
      ]),
    );
    await useDocuments.getState().select(1);
    await useDocuments.getState().resolveFlag('f1', { action: 'edit', text: '50% cheaper.' });
    expect(invoke).toHaveBeenCalledWith('documents.resolveFlag', {
      id: 1,
      flagId: 'f1',
      action: { action: 'edit', text: '50% cheaper.' },
    });
    expect(
      useDocuments
        .getState()
        .selected!.flags.filter((f) => f.status === 'open')
        .map((f) => f.text),
    ).toEqual(['50%']);
  });

  it('a refused resolution shows its message and keeps the version open', async () => {
    core({ 1: version(1, [flag]) }, new Error('That flag was already removed.'));
    await useDocuments.getState().select(1);
    await useDocuments.getState().resolveFlag('f1', { action: 'remove' });
    expect(useDocuments.getState()).toMatchObject({ loading: false, error: 'That flag was already removed.' });
    expect(useDocuments.getState().selected?.id).toBe(1);
  });

  it('with unsaved edits it asks to save or discard first, and the draft sends no flags of its own making', async () => {
    core({ 1: version(1, [flag]) }, version(2, []));
    await useDocuments.getState().select(1);
    useDocuments.getState().editBlock('h1', '30% cheaper.');
    await useDocuments.getState().resolveFlag('f1', { action: 'confirm' });
    expect(useDocuments.getState().error).toMatch(/Save or discard your edits/);
    expect(invoke).not.toHaveBeenCalledWith('documents.resolveFlag', expect.anything());
    expect(useDocuments.getState().draft!.flags).toEqual([flag]);
  });
});
