import { AppError } from '../../../../shared/ipc/result';
import { looksLikeLinkedInExport } from './linkedin';
import { listZipEntries } from './zip-guard';

/** What a file really is, decided from its bytes (the extension is only a hint for text flavours). */
export type SniffedFormat = 'pdf' | 'docx' | 'linkedin-zip' | 'json' | 'markdown' | 'txt';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, n: number) => String.fromCharCode(...bytes.subarray(0, Math.min(n, bytes.length)));
const ext = (fileName: string) => (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();

const CONVERT = 'Save it as PDF, Word (.docx) or plain text and import that file.';

/** Binary formats we recognise but cannot read, with what to do instead. */
const KNOWN_BINARIES: { sig: number[]; at?: number; message: string }[] = [
  {
    sig: [0x4d, 0x5a],
    message:
      'This file is a Windows program (.exe), not a CV, even if its name ends in .pdf or .docx. Choose your CV document instead.',
  },
  {
    sig: [0x7f, 0x45, 0x4c, 0x46],
    message: 'This file is a program (ELF executable), not a CV. Choose your CV document instead.',
  },
  {
    sig: [0xcf, 0xfa, 0xed, 0xfe],
    message: 'This file is a macOS program, not a CV. Choose your CV document instead.',
  },
  {
    sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: `This is an old Word 97–2003 (.doc) file, which Jobsmith cannot read. Open it in Word or LibreOffice and ${CONVERT.charAt(0).toLowerCase()}${CONVERT.slice(1)}`,
  },
  { sig: [0x89, 0x50, 0x4e, 0x47], message: `This is a picture (PNG), not a document with text. ${CONVERT}` },
  { sig: [0xff, 0xd8, 0xff], message: `This is a photo (JPEG), not a document with text. ${CONVERT}` },
  { sig: [0x47, 0x49, 0x46, 0x38], message: `This is a picture (GIF), not a document with text. ${CONVERT}` },
  {
    sig: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    message: `This is an RTF document, which Jobsmith cannot read yet. ${CONVERT}`,
  },
  { sig: [0x1f, 0x8b], message: 'This is a compressed .gz archive. Unpack it and import the CV inside.' },
  { sig: [0x52, 0x61, 0x72, 0x21], message: 'This is a RAR archive. Unpack it and import the CV inside.' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf], message: 'This is a 7-Zip archive. Unpack it and import the CV inside.' },
];

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  if (bytes.length === 0)
    throw new AppError(
      'BAD_INPUT',
      `"${fileName}" is empty (0 bytes). Choose the file again; if it came from a download, download it again.`,
      { reason: 'empty' },
    );
  // PDF readers accept the header anywhere in the first 1 KB.
  if (ascii(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = listZipEntries(bytes).map((e) => e.name);
    if (names.includes('word/document.xml')) return 'docx';
    if (looksLikeLinkedInExport(names)) return 'linkedin-zip';
    if (names.some((n) => n.startsWith('ppt/')) || names.some((n) => n.startsWith('xl/'))) {
      throw new AppError('BAD_INPUT', `This is a PowerPoint or Excel file, not a CV. ${CONVERT}`, {
        reason: 'unsupported',
      });
    }
    if (names.includes('content.xml'))
      throw new AppError(
        'BAD_INPUT',
        `This is an OpenDocument (.odt) file, which Jobsmith cannot read yet. ${CONVERT}`,
        { reason: 'unsupported' },
      );
    throw new AppError(
      'BAD_INPUT',
      'This zip file is neither a Word document nor a LinkedIn data export. Unpack it and import the CV inside.',
      { reason: 'unsupported' },
    );
  }
  for (const known of KNOWN_BINARIES) {
    if (startsWith(bytes, known.sig, known.at))
      throw new AppError('BAD_INPUT', known.message, { reason: 'unsupported' });
  }
  const head = bytes.subarray(0, 8192);
  const isUtf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  if (!isUtf16 && head.includes(0)) {
    throw new AppError('BAD_INPUT', `Jobsmith does not recognise this file's format. ${CONVERT}`, {
      reason: 'unsupported',
    });
  }
  const firstChar = decodeText(head).trimStart()[0];
  if (firstChar === '{' || firstChar === '[') return 'json';
  const e = ext(fileName);
  if (e === 'md' || e === 'markdown') return 'markdown';
  const sample = decodeText(head);
  if (/^#{1,3} \S/m.test(sample) && /^(?:[-*] |\d+\. )\S/m.test(sample)) return 'markdown';
  return 'txt';
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; invalid UTF-8 falls back to Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
