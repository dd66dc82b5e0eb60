import { PartialDate, type Profile, type WorkEntry } from './domain/profile';
import type { ImportDisagreement } from './domain/profile-import';

/**
 * Applies the model readings the user chose in the import review to the draft. Only the fields the
 * core compares can change (basics' name, label, email, phone, url, city; a job's name, position,
 * location and dates); a job the parse missed ("work.new.<i>.*") is added when its name is chosen.
 * A date that is not a partial ISO date is left alone. Returns a new draft; the input is not changed.
 */
const BASIC_FIELDS = new Set(['name', 'label', 'email', 'phone', 'url']);
const WORK_FIELDS = new Set(['name', 'position', 'location', 'startDate', 'endDate']);
type WorkField = 'name' | 'position' | 'location' | 'startDate' | 'endDate';

function setWorkField(entry: WorkEntry, field: WorkField, value: string): WorkEntry {
  if ((field === 'startDate' || field === 'endDate') && !PartialDate.safeParse(value).success) return entry;
  return { ...entry, [field]: value };
}

export function applyImportChoices(draft: Profile, chosen: ImportDisagreement[], newId: () => string): Profile {
  let basics = draft.basics;
  const work = [...draft.work];
  const added = new Map<string, Partial<Record<WorkField, string>>>();
  for (const { path, model } of chosen) {
    const parts = path.split('.');
    if (parts[0] === 'basics' && parts.length === 2 && BASIC_FIELDS.has(parts[1]!)) {
      basics = { ...basics, [parts[1]!]: model };
    } else if (path === 'basics.location.city') {
      basics = { ...basics, location: { ...basics.location, city: model } };
    } else if (parts[0] === 'work' && parts.length === 3 && WORK_FIELDS.has(parts[2]!)) {
      const i = Number(parts[1]);
      const entry = Number.isInteger(i) ? work[i] : undefined;
      if (entry) work[i] = setWorkField(entry, parts[2] as WorkField, model);
    } else if (parts[0] === 'work' && parts[1] === 'new' && parts.length === 4 && WORK_FIELDS.has(parts[3]!)) {
      const fields = added.get(parts[2]!) ?? {};
      added.set(parts[2]!, { ...fields, [parts[3]!]: model });
    }
  }
  for (const fields of added.values()) {
    if (!fields.name) continue;
    let entry: WorkEntry = { id: newId(), name: '', position: '', highlights: [] };
    for (const [field, value] of Object.entries(fields)) entry = setWorkField(entry, field as WorkField, value);
    work.push(entry);
  }
  return { ...draft, basics, work };
}
