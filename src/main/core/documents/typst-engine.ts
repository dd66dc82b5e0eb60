import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { AppError } from '../../../shared/ipc/result';
import { loadFontBlobs } from './fonts';

export interface TypstOutput {
  pdf(): Uint8Array;
  svg(): string;
  pages: number;
  warnings: string[];
}

/** One Typst compiler per process, created on first use with the shipped fonts loaded. */
export interface TypstEngine {
  /** Compiles `source` with `data` (a JSON string) visible as `sys.inputs.data`. */
  compile(source: string, data: string): Promise<TypstOutput>;
}

function diagnosticsText(list: unknown[] | undefined): string {
  return (list ?? [])
    .slice(0, 3)
    .map((d) =>
      d && typeof d === 'object' && 'message' in d ? String((d as { message: unknown }).message) : String(d),
    )
    .join('; ');
}

export function createTypstEngine(): TypstEngine {
  let compiler: NodeCompiler | null = null;
  async function get(): Promise<NodeCompiler> {
    if (compiler) return compiler;
    const { NodeCompiler: Compiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    compiler = Compiler.create({ fontArgs: [{ fontBlobs: loadFontBlobs() }] });
    return compiler;
  }
  return {
    async compile(source, data) {
      const c = await get();
      const result = c.compile({ mainFileContent: source, inputs: { data } });
      const doc = result.result;
      if (result.hasError() || !doc) {
        const error = result.takeError();
        throw new AppError(
          'INTERNAL',
          `The document could not be laid out: ${diagnosticsText(error?.shortDiagnostics) || 'unknown Typst error'}.`,
        );
      }
      const warnings = result.takeWarnings();
      return {
        pages: doc.numOfPages,
        warnings: warnings ? diagnosticsText(warnings.shortDiagnostics).split('; ').filter(Boolean) : [],
        pdf: () => new Uint8Array(c.pdf(doc)),
        svg: () => c.svg(doc),
      };
    },
  };
}
