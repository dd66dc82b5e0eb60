/** Prints a ClassDoc to PDF with in-process Typst and the bundled Noto fonts (test data only). */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ClassDoc } from './cv-classes';
import { TYPST_TEMPLATES } from './cv-typst-templates';
import type { NodeCompiler as Compiler } from '@myriaddreamin/typst-ts-node-compiler';

let compiler: Compiler | null = null;

const FONTS = [
  ['noto-sans', 'NotoSans', ['400Regular', '400Regular_Italic', '700Bold', '300Light']],
  ['noto-serif', 'NotoSerif', ['400Regular', '400Regular_Italic', '700Bold']],
  ['noto-sans-sc', 'NotoSansSC', ['400Regular', '700Bold']],
  ['noto-sans-jp', 'NotoSansJP', ['400Regular', '700Bold']],
] as const;

function fontFiles(): string[] {
  const req = createRequire(import.meta.url);
  const out: string[] = [];
  for (const [pkg, prefix, weights] of FONTS) {
    const dir = path.dirname(req.resolve(`@expo-google-fonts/${pkg}/package.json`));
    for (const w of weights) {
      const f = path.join(dir, w, `${prefix}_${w}.ttf`);
      if (existsSync(f)) out.push(f);
    }
  }
  return out;
}

async function getCompiler(): Promise<Compiler> {
  if (compiler) return compiler;
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
  compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: fontFiles() }] });
  return compiler;
}

export async function renderTypstPdf(doc: ClassDoc): Promise<Uint8Array> {
  const c = await getCompiler();
  const pdf = c.pdf({ mainFileContent: TYPST_TEMPLATES[doc.cls], inputs: { data: JSON.stringify(doc) } });
  c.evictCache(10);
  return new Uint8Array(pdf);
}
