import type { BlockChange, DocumentContent } from './domain/document';

/**
 * A document as labelled blocks of text keyed by stable ids (a bullet's fact id, `basics.summary`,
 * a letter paragraph's id), the unit that versions are compared in and truth flags point into.
 */
export interface Block {
  id: string;
  label: string;
  text: string;
}

export function documentBlocks(content: DocumentContent): Block[] {
  const out: Block[] = [];
  const add = (id: string, label: string, text: string | undefined) =>
    out.push({ id, label, text: (text ?? '').trim() });
  if (content.kind === 'letter') {
    const l = content.letter;
    add('letter.greeting', 'Greeting', l.greeting);
    l.paragraphs.forEach((p, i) => add(p.id, `Paragraph ${i + 1}`, p.text));
    add('letter.closing', 'Closing', l.closing);
    return out;
  }
  const p = content.cv;
  add('basics.name', 'Name', p.basics.name);
  add('basics.label', 'Headline', p.basics.label);
  add('basics.summary', 'Summary', p.basics.summary);
  for (const w of p.work) {
    const at = w.name || w.position || 'Role';
    add(`${w.id}.position`, `${at}: title`, w.position);
    if (w.summary) add(`${w.id}.summary`, `${at}: summary`, w.summary);
    for (const h of w.highlights) add(h.id, `${at}: bullet`, h.text);
  }
  for (const x of p.projects) {
    add(`${x.id}.description`, `${x.name || 'Project'}: description`, x.description);
    for (const h of x.highlights) add(h.id, `${x.name || 'Project'}: bullet`, h.text);
  }
  for (const v of p.volunteer)
    for (const h of v.highlights) add(h.id, `${v.organization || 'Volunteering'}: bullet`, h.text);
  for (const e of p.education) add(e.id, 'Education', [e.studyType, e.area, e.institution].filter(Boolean).join(', '));
  for (const s of p.skills) add(s.id, 'Skills', [s.name, s.keywords.join(', ')].filter(Boolean).join(': '));
  return out;
}

/** Blocks whose text differs between `a` and `b`, in `b`'s order then those only in `a`. */
export function compareBlocks(a: DocumentContent, b: DocumentContent): BlockChange[] {
  const before = new Map(documentBlocks(a).map((x) => [x.id, x]));
  const changes: BlockChange[] = [];
  for (const x of documentBlocks(b)) {
    const old = before.get(x.id);
    before.delete(x.id);
    if (!old && !x.text) continue;
    if (old?.text !== x.text) changes.push({ blockId: x.id, label: x.label, before: old?.text ?? '', after: x.text });
  }
  for (const old of before.values())
    if (old.text) changes.push({ blockId: old.id, label: old.label, before: old.text, after: '' });
  return changes;
}

/** A copy of `content` with the block `blockId` set to `text` (unknown ids leave it unchanged). */
export function setBlockText(content: DocumentContent, blockId: string, text: string): DocumentContent {
  const c = structuredClone(content);
  if (c.kind === 'letter') {
    const l = c.letter;
    if (blockId === 'letter.greeting') l.greeting = text;
    else if (blockId === 'letter.closing') l.closing = text;
    else for (const p of l.paragraphs) if (p.id === blockId) p.text = text;
    return c;
  }
  const p = c.cv;
  const [id, field] = blockId.split('.') as [string, string | undefined];
  if (id === 'basics' && (field === 'name' || field === 'label' || field === 'summary')) p.basics[field] = text;
  for (const w of p.work) {
    if (w.id === id && field === 'position') w.position = text;
    if (w.id === id && field === 'summary') w.summary = text;
  }
  for (const x of p.projects) if (x.id === id && field === 'description') x.description = text;
  for (const h of [...p.work, ...p.projects, ...p.volunteer].flatMap((e) => e.highlights))
    if (h.id === blockId) h.text = text;
  return c;
}
