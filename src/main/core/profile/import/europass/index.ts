import type { ImportResult } from '../types';
import { parseEuropassXml } from './europass-xml';

export const EUROPASS_ATTACHMENT = /europass.*\.xml$/i;

/** The Europass XML a PDF carries, if any: Europass-XML-Attachment.xml, or any embedded SkillsPassport document. */
export function findEuropassXml(attachments: Map<string, Uint8Array>): string | null {
  for (const [name, content] of attachments) {
    if (!/\.xml$/i.test(name)) continue;
    const xml = new TextDecoder().decode(content);
    if (EUROPASS_ATTACHMENT.test(name) || xml.slice(0, 2000).includes('<SkillsPassport')) return xml;
  }
  return null;
}

/** Reads a Europass PDF from its embedded XML; `text` is the PDF's visible text when known. */
export function readEuropassXml(xml: string, text: string): ImportResult {
  const result = parseEuropassXml(xml);
  return { ...result, text: text || result.text };
}
