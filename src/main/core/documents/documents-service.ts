import {
  DocumentContent,
  RenderOptions,
  SaveDocumentInput,
  type DocumentComparison,
  type DocumentPreview,
  type DocumentVersion,
  type DocumentVersionSummary,
  type ExportFormat,
  type BlockChange,
  type TruthFlag,
} from '../../../shared/domain/document';
import { createHash } from 'node:crypto';
import type { ExportedFile, ExportRequest } from '../../../shared/domain/document';
import type { Profile } from '../../../shared/domain/profile';
import type { FlagAction } from '../../../shared/domain/tailor';
import { AppError } from '../../../shared/ipc/result';
import { compareBlocks } from '../../../shared/document-blocks';
import type { DocumentRenderer, RenderedFile, RenderRequest } from './document-renderer';
import type { DocumentsRepo } from './documents-repo';

export interface DocumentsServiceDeps {
  repo: DocumentsRepo;
  renderer: DocumentRenderer;
  /** The master profile as it is now. */
  profile: () => Profile;
  /** The company and role of a job, for file names and titles (null when unknown). */
  describeJob: (jobId: string) => { company: string; role: string } | null;
  /**
   * The truth check of tailored documents (core/tailor's flag review, bound to the profile): the one
   * place flags are resolved, and the re-check of every edited block.
   */
  claims: ClaimReview;
  now?: () => string;
}

type Checked = { content: DocumentContent; flags: TruthFlag[] };
export interface ClaimReview {
  resolve(doc: Checked, job: { company: string; role: string }, flagId: string, action: FlagAction): Checked;
  recheck(before: Checked, after: DocumentContent, job: { company: string; role: string }): TruthFlag[];
}

export interface ExportOptions {
  /** Layout override; default: the version's own template and paper. */
  template?: RenderOptions['template'];
  paper?: RenderOptions['paper'];
  /** The personal page's QR code target (format html). */
  pageUrl?: string;
}

const summary = (v: DocumentVersion): DocumentVersionSummary => {
  const { content: _content, flags, ...rest } = v;
  return { ...rest, openFlags: flags.filter((f) => f.status === 'open').length };
};

/** Stores, renders, compares and exports documents. Export refuses while any truth flag is open. */
export function createDocumentsService(deps: DocumentsServiceDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  const mustGet = (id: number): DocumentVersion => {
    const v = deps.repo.get(id);
    if (!v)
      throw new AppError('NOT_FOUND', `Document version ${id} does not exist (it may belong to another data folder).`);
    return v;
  };
  const job = (jobId: string | null) => (jobId === null ? null : deps.describeJob(jobId));
  const jobContext = (jobId: string | null) => job(jobId) ?? { company: '', role: '' };
  const newest = (documentId: number): DocumentVersion =>
    deps.repo.list({ documentId, limit: 1 })[0] ?? mustGet(documentId);
  /** A tailored document (or one that carries flags) is truth-checked; a CV saved from the profile is the user's own words. */
  const isChecked = (documentId: number) =>
    mustGet(documentId).source === 'tailored' || newest(documentId).flags.length > 0;

  function titleFor(input: SaveDocumentInput, content: DocumentContent): string {
    const j = job(input.jobId ?? null);
    const what = content.kind === 'cv' ? 'CV' : 'Cover letter';
    return j ? `${what} for ${j.role || 'a role'} at ${j.company || 'a company'}` : `${what} from the profile`;
  }

  const service = {
    /** Renders content without storing it (tailoring's drafts, the CLI). */
    render(content: DocumentContent, req: RenderRequest): Promise<RenderedFile> {
      return deps.renderer.render(DocumentContent.parse(content), req);
    },
    /** The live preview: SVG of exactly what the PDF prints. */
    preview(content: DocumentContent, options: RenderOptions): Promise<DocumentPreview> {
      return deps.renderer.preview(DocumentContent.parse(content), RenderOptions.parse(options));
    },
    /**
     * Saves a new version (a new document when `documentId` is absent). A new version of a tailored
     * document gets its flags from the server, never the caller: unchanged blocks keep the newest
     * version's flags and every changed block is checked again.
     */
    save(raw: SaveDocumentInput): DocumentVersion {
      const input = SaveDocumentInput.parse(raw);
      if (input.documentId !== undefined) {
        const first = mustGet(input.documentId);
        if (first.kind !== input.content.kind)
          throw new AppError(
            'BAD_INPUT',
            `Document ${input.documentId} is a ${first.kind}; a ${input.content.kind} cannot be saved as its version.`,
          );
        if (isChecked(input.documentId))
          input.flags = deps.claims.recheck(
            newest(input.documentId),
            input.content,
            jobContext(input.jobId ?? first.jobId),
          );
      }
      return deps.repo.insert({
        documentId: input.documentId ?? null,
        jobId: input.jobId,
        kind: input.content.kind,
        title: input.title.trim() || titleFor(raw, input.content),
        source: input.source,
        content: input.content,
        flags: input.flags,
        matchBefore: input.matchBefore,
        matchAfter: input.matchAfter,
        options: input.options,
        createdAt: now(),
      });
    },
    /** Saves the master profile as it is now as a CV version (what "export from the profile" starts from). */
    saveFromProfile(options: RenderOptions): DocumentVersion {
      return service.save({ source: 'profile', content: { kind: 'cv', cv: deps.profile(), citations: {} }, options });
    },
    /** Edit, remove or confirm ("this is true, add it to my profile") one flag: saved as a new version. */
    resolveFlag(id: number, flagId: string, action: FlagAction): DocumentVersion {
      const { id: _id, ...v } = mustGet(id);
      const next = deps.claims.resolve({ content: v.content, flags: v.flags }, jobContext(v.jobId), flagId, action);
      return deps.repo.insert({ ...v, source: 'edited', content: next.content, flags: next.flags, createdAt: now() });
    },
    list(filter: { jobId?: string; documentId?: number } = {}): DocumentVersionSummary[] {
      return deps.repo.list(filter).map(summary);
    },
    get(id: number): DocumentVersion {
      return mustGet(id);
    },
    compare(a: number, b: number): DocumentComparison {
      return { a, b, changes: compareBlocks(mustGet(a).content, mustGet(b).content) };
    },
    /** What a CV version changed relative to the master profile as it is now (the review's diffs). */
    diffWithProfile(id: number): BlockChange[] {
      const v = mustGet(id);
      if (v.content.kind !== 'cv') return [];
      return compareBlocks({ kind: 'cv', cv: deps.profile(), citations: {} }, v.content);
    },
    /** Exports a stored version; refused while any truth flag is open, naming the flags. */
    async export(id: number, format: ExportFormat, options: ExportOptions = {}): Promise<RenderedFile> {
      const v = mustGet(id);
      const open = v.flags.filter((f) => f.status === 'open');
      if (open.length) {
        const named = open
          .slice(0, 5)
          .map((f) => `"${f.text}" (${f.reason})`)
          .join('; ');
        throw new AppError(
          'CONFLICT',
          `Resolve ${open.length} unchecked claim${open.length > 1 ? 's' : ''} before exporting: ${named}${open.length > 5 ? '; ...' : ''}. Edit, remove or confirm each one.`,
          {
            flags: open.map((f) => f.id),
          },
        );
      }
      const j = job(v.jobId);
      return deps.renderer.render(v.content, {
        ...v.options,
        ...(options.template ? { template: options.template } : {}),
        ...(options.paper ? { paper: options.paper } : {}),
        format,
        ...(j ? { company: j.company, role: j.role } : {}),
        ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
      });
    },
    /** `export` for IPC: the bytes in base64 with their sha256 (what the renderer downloads). */
    async exportFile(req: ExportRequest): Promise<ExportedFile> {
      const { id, format, ...options } = req;
      const file = await service.export(id, format, options);
      const bytes = Buffer.from(file.bytes);
      return {
        fileName: file.fileName,
        mime: file.mime,
        base64: bytes.toString('base64'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        ...(file.pages !== undefined ? { pages: file.pages } : {}),
        warnings: file.warnings,
      };
    },
  };
  return service;
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
