import { readDocx } from './docx/read-docx';
import { readPdfText } from './pdf/read-pdf';

/**
 * The readers for documents without structure, written in ./pdf and ./docx (layout-aware PDF text,
 * mammoth's document model for Word). The pipeline (parse-document.ts) calls them only after the
 * file has been sniffed, size-checked and, for DOCX, checked for zip bombs.
 */
export const readPdfDocument = readPdfText;
export const readWordDocument = readDocx;
