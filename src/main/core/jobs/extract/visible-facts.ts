import type { EmploymentType, RemoteType, Salary } from '../../../../shared/domain/job';
import { tidyLocationText } from './location-format';
import { normalizeEmploymentType } from './normalize';
import { parseSalary } from './salary-text';
import { workModeOfProse, workModeOfStatement } from './work-mode';

/**
 * What the page itself shows about the posting, read from its visible lines (page-lines.ts):
 * labelled values ("Standort: Berlin", "勤務地 東京都"), the chips under the title ("Hybrid",
 * "Vollzeit"), and the line under the heading. Used to fill pages without structured data and to
 * check structured data against what a reader sees.
 */

const LABELS = {
  location:
    'location|job location|work location|locations|city|ort|dienstort|ville|ciudad|localidad|cidade|citt[àa]|plaats|kaupunki|standort|arbeitsort|einsatzort|lieu|localisation|lieu de travail|ubicaci[óo]n|localizaci[óo]n|localiza[çc][ãa]o|local de trabalho|sede|luogo di lavoro|localit[àa]|locatie|standplaats|werklocatie|sijainti|paikkakunta|ty[öo]paikan sijainti|konum|lokasyon|[çc]al[ıi][şs]ma yeri|[şs]ehir|勤務地|工作地点|工作地址|地点',
  company:
    'company|employer|hiring company|unternehmen|arbeitgeber|firma|entreprise|soci[ée]t[ée]|employeur|empresa|empregador|azienda|societ[àa]|bedrijf|werkgever|organisatie|yritys|ty[öo]nantaja|[şs]irket|[iİ][şs]veren|会社名|企業名|会社|公司名称|公司|企业名称',
  kind: 'employment type|job type|remote type|time type|schedule|tipo de jornada|horaire|arbeitszeitmodell|orario|werktijden|contract type|type of contract|type of employment|work type|workplace type|work mode|work model|work arrangement|remote|anstellungsart|besch[äa]ftigungsart|vertragsart|arbeitszeit|arbeitsmodell|arbeitsweise|type de contrat|type d.emploi|mode de travail|t[ée]l[ée]travail|tipo de contrato|tipo de empleo|jornada|modalidad(?: de trabajo)?|modalidade|modelo de trabalho|regime|tipo di contratto|contratto|modalit[àa] di lavoro|dienstverband|contractvorm|werkvorm|werkmodel|ty[öo]suhde|ty[öo]suhteen tyyppi|ty[öo]aika|ty[öo]skentelymalli|et[äa]ty[öo]|[çc]al[ıi][şs]ma [şs]ekli|[çc]al[ıi][şs]ma modeli|[iİ]stihdam t[üu]r[üu]|pozisyon t[üu]r[üu]|雇用形態|勤務形態|働き方|リモートワーク|工作性质|职位类型|工作方式|办公方式',
  salary:
    'salary|salary range|pay|pay range|compensation|base salary|gehaltsspanne|gehaltsband|fourchette de salaire|rango salarial|banda salarial|faixa salarial|sal[áa]rio base|fascia retributiva|salarisindicatie|palkkahaarukka|maa[şs] aral[ıi][ğg][ıi]|gehalt|verg[üu]tung|salaire|r[ée]mun[ée]ration|salario|sueldo|sal[áa]rio|remunera[çc][ãa]o|retribuzione|stipendio|ral|salaris|palkka|palkkaus|maa[şs]|[üu]cret|給与|年収|月給|想定年収|薪资|薪酬|工资|月薪|年薪',
  date: 'posted|date posted|posted on|published|ver[öo]ffentlicht(?: am)?|publi[ée]e? le|publi[ée]|date de publication|publicado(?: el| em)?|fecha de publicaci[óo]n|data de publica[çc][ãa]o|pubblicato(?: il)?|data di pubblicazione|geplaatst(?: op)?|julkaistu|julkaisup[äa]iv[äa]|yay[ıi]nlanma tarihi|yay[ıi]n tarihi|[iİ]lan tarihi|掲載日|公開日|掲載開始日|发布日期|发布时间',
} as const;
type LabelKind = keyof typeof LABELS;
const LABEL_RE = Object.fromEntries(
  Object.entries(LABELS).map(([k, v]) => [k, new RegExp(`^(?:${v})\\s*(?:[:：|]\\s*(.*)|$)`, 'iu')]),
) as Record<LabelKind, RegExp>;

const PLACE = /^[\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,40}){1,2}(?:\s*\([^)]{2,30}\))?$/u;
const AT_COMPANY = /^(?:at|bei|chez|presso|bij|@)\s+(.{2,80})$/i;
const ISO_DATE = /\b(20\d\d)-(\d\d)-(\d\d)\b/;
const DMY = /\b(\d{1,2})[./](\d{1,2})[./](20\d\d)\b/;
const JA_DATE = /(20\d\d)\s*[年/]\s*(\d{1,2})\s*[月/]\s*(\d{1,2})\s*日?/;

export interface VisibleFacts {
  heading?: string;
  company?: string;
  location?: string;
  /** Whether the location came from a label ("Standort: …"), not a guess from a place-like line. */
  locationLabelled: boolean;
  /** Work mode from a label, a chip or a place line ("Lisbon (Hybrid)"): what the page states. */
  statedRemote: RemoteType;
  /** Work mode from unambiguous phrases in the body ("fully remote"). */
  proseRemote: RemoteType;
  employmentType: EmploymentType | null;
  salary: Salary | null;
  /** Whether a salary was labelled on the page at all (even as a word: "competitive"). */
  salaryLabelled: boolean;
  postedAt: string | null;
}

function dateOf(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ja = JA_DATE.exec(text);
  if (ja) return `${ja[1]}-${ja[2]!.padStart(2, '0')}-${ja[3]!.padStart(2, '0')}`;
  const dmy = DMY.exec(text);
  if (dmy && Number(dmy[2]) <= 12) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return null;
}

/** The value of a labelled line: "Label: value", or "Label" alone with the value on the next line. */
function labelled(lines: string[], kind: LabelKind, from: number, to: number): { value: string; at: number } | null {
  for (let i = from; i < to; i++) {
    const line = lines[i]!.replace(/^#+ /, '');
    if (line.length > 200) continue;
    const m = LABEL_RE[kind].exec(line);
    if (!m) continue;
    const next = lines[i + 1];
    const value =
      (m[1] ?? '').trim() ||
      (next && next.length <= (kind === 'location' ? 150 : 60) && !next.startsWith('#') ? next : '');
    if (value) return { value, at: i };
  }
  return null;
}

export function readVisibleFacts(lines: string[], currencyHint: string | null = null): VisibleFacts {
  const h1 = lines.findIndex((l) => l.startsWith('# '));
  const heading = h1 >= 0 ? lines[h1]!.slice(2).trim() : undefined;
  const start = Math.max(0, h1 >= 0 ? h1 - 15 : 0);
  const header = Math.min(lines.length, (h1 >= 0 ? h1 : 0) + 45);
  const all = Math.min(lines.length, 600);

  const facts: VisibleFacts = {
    heading,
    locationLabelled: false,
    statedRemote: 'unknown',
    proseRemote: 'unknown',
    employmentType: null,
    salary: null,
    salaryLabelled: false,
    postedAt: null,
  };
  const company = labelled(lines, 'company', start, header);
  if (company) facts.company = company.value;
  const location = labelled(lines, 'location', start, all);
  if (location && location.value.length <= 150) {
    facts.location = location.value;
    facts.locationLabelled = true;
  }
  const salary = labelled(lines, 'salary', start, all);
  if (salary) {
    facts.salaryLabelled = true;
    facts.salary = parseSalary(salary.value, currencyHint);
  }
  const date = labelled(lines, 'date', start, all);
  if (date) facts.postedAt = dateOf(date.value);

  // labelled kind lines: each may state the contract, the work mode, or both
  for (let i = start; i < all; i++) {
    const found = labelled(lines, 'kind', i, all);
    if (!found) break;
    facts.employmentType ??= normalizeEmploymentType(found.value);
    if (facts.statedRemote === 'unknown') facts.statedRemote = workModeOfStatement(found.value);
    i = found.at;
  }

  // the header: "at Acme", a place line, chips ("Hybrid", "Vollzeit"), a date, LinkedIn's "Lisbon, Portugal · 2 weeks ago"
  for (let i = h1 >= 0 ? h1 + 1 : 0; i < header; i++) {
    const line = lines[i]!;
    if (line.startsWith('#') || line.length > 160) continue;
    // a label is not a statement ("Remote type" above "On-site")
    if (/\s/.test(line) && Object.values(LABEL_RE).some((re) => re.test(line) && !/[:：]/.test(line))) continue;
    for (const seg of line.split(/\s+[·•|]\s+/)) {
      const s = seg.trim();
      const at = AT_COMPANY.exec(s);
      if (at && !facts.company) facts.company = at[1]!.trim();
      if (s.length <= 40) {
        const mode = workModeOfStatement(s);
        const bare = s.replace(/[()[\]]/g, '').trim();
        if (mode !== 'unknown' && facts.statedRemote === 'unknown' && (bare.length <= 25 || PLACE.test(s)))
          facts.statedRemote = mode;
        if (!facts.employmentType && bare.length <= 40) facts.employmentType = normalizeEmploymentType(bare);
      }
      if (!facts.location && PLACE.test(s)) facts.location = s;
      // "福岡市 · 2 weeks ago · 40 applicants": the first part of a dotted meta line is the place
      if (
        !facts.location &&
        s === line.split(/\s+[·•]\s+/)[0] &&
        line !== s &&
        s.length <= 40 &&
        !/\d/.test(s) &&
        workModeOfStatement(s) === 'unknown' &&
        !normalizeEmploymentType(s)
      )
        facts.location = s;
      if (!facts.postedAt && /\d/.test(s)) facts.postedAt = dateOf(s);
      if (!facts.salary && s.length <= 80) facts.salary = parseSalary(s, currencyHint) ?? null;
    }
  }
  if (facts.location) {
    const mode = workModeOfStatement(facts.location);
    if (mode !== 'unknown' && facts.statedRemote === 'unknown') facts.statedRemote = mode;
    facts.location = tidyLocationText(facts.location.replace(/\s*\((?:[^)]*)\)\s*$/, '')) || undefined;
  }
  facts.proseRemote = workModeOfProse(lines.slice(0, all).join('\n'));
  return facts;
}
