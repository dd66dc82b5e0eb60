/**
 * Test helper: a one-page PDF with text placed at given positions (Helvetica), so layout code can
 * be tested through the real pdf.js on pages built to order (two columns, side notes, label columns).
 */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export function makeLayoutPdf(texts: PlacedText[], width = 612, height = 792): Uint8Array {
  const esc = (s: string): string => s.replace(/[()\\]/g, '\\$&');
  const content = texts.map((t) => `BT /F1 ${t.size ?? 10} Tf ${t.x} ${t.y} Td (${esc(t.text)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}
