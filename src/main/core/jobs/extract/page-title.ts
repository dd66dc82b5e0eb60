/**
 * Title and company from a page's own title when nothing structured says them:
 * "Data Engineer – Northwind Analytics – Careers", "Founding Engineer at VectorShift | Y Combinator's
 * Work at a Startup", "Stellenangebot Backend-Entwickler (m/w/d) bei Nordlicht GmbH". Job boards and
 * "careers" words are the site's chrome, never the employer.
 */

/** Names of job boards and aggregators: a page's site name matching these is not the employer. */
const BOARDS =
  /linkedin|indeed|glassdoor|stepstone|monster|xing|welcome to the jungle|wttj|work at a startup|y combinator|wellfound|angellist|otta|hired|dice|ziprecruiter|simplyhired|jobteaser|infojobs|indeed|computrabajo|catho|vagas\.com|infojob|duunitori|oikotie|jobly|kariyer\.net|kariyer|secretcv|yenibiris|en-japan|doda|rikunabi|mynavi|green-japan|wantedly|bizreach|boss直聘|智联招聘|前程无忧|猎聘|lagou|jobsdb|seek|reed|totaljobs|jobindex|nationale vacaturebank|werk\.nl|jooble|adzuna|talent\.com|remote\.co|remoteok|we work remotely|hacker news|jobs board|job board|greenhouse|lever|workday|ashby|smartrecruiters|workable|recruitee|personio|teamtailor/i;

/** Segments that are the site's chrome: careers, jobs, apply, in the 11 languages. */
const CHROME =
  /^(careers?|jobs?( board)?|job openings?|open positions|apply( now)?|home|karriere|jobs bei|stellenangebote?|stellenanzeige|offres? d.emploi|emplois?|carri[èe]res?|recrutement|empleos?|ofertas? de (empleo|trabajo)|trabaja con nosotros|trabajo|vagas?|carreiras?|emprego|lavora con noi|offerte di lavoro|carriere|vacatures?|werken bij|vacature|ty[öo]paikat|avoimet ty[öo]paikat|rekrytointi|ura|kariyer|i[şs] ilanlar[ıi]?|i[şs] ilan[ıi]|採用情報|採用|求人|求人情報|キャリア採用|招聘|社会招聘|职位详情|加入我们)$/iu;

const SEPARATOR = /\s+[-|–—·:]{1,2}\s+|\s*[|｜]\s*/;
const AT = /^(.{2,120}?)\s+(?:at|bei|chez|presso|bij|@)\s+(.{2,80})$/i;
const AT_JA = /^(.{2,80}?)\s*(?:／| \/ )\s*(.{2,60})$/;

export function isJobBoard(name: string | null | undefined): boolean {
  return Boolean(name && BOARDS.test(name));
}

export interface TitleParts {
  title?: string;
  company?: string;
}

/** Splits a page title into job title and employer; `heading` (the h1) and `siteName` help tell them apart. */
export function splitPageTitle(pageTitle: string | null, heading?: string, siteName?: string | null): TitleParts {
  if (!pageTitle) return {};
  const same = (a: string, b: string | null | undefined): boolean => Boolean(b) && a.toLowerCase() === b!.toLowerCase();
  const segments = pageTitle
    .replace(/\s+/g, ' ')
    .split(SEPARATOR)
    .map((s) => s.trim().replace(/^(?:stellenangebot|job|vacature|offre d.emploi|oferta de empleo|vaga)\s*:?\s+/i, ''))
    .filter(
      (s) => s && !CHROME.test(s) && !isJobBoard(s) && !same(s, siteName && isJobBoard(siteName) ? siteName : null),
    );
  if (!segments.length) return {};
  const first = segments[0]!;
  const at = AT.exec(first) ?? (segments.length === 1 ? AT_JA.exec(first) : null);
  if (at) return { title: at[1]!.trim(), company: at[2]!.trim() };
  const titleIndex = heading ? segments.findIndex((s) => same(s, heading)) : -1;
  if (titleIndex >= 0) {
    const company = segments.find((s, i) => i !== titleIndex && !/\d{3}|,/.test(s));
    return { title: segments[titleIndex], company };
  }
  // "Acme - Product Designer" (Lever) vs "Product Designer - Acme": the site name tells which is which
  if (segments.length >= 2 && siteName && same(first, siteName)) return { title: segments[1], company: first };
  return { title: first, company: segments.slice(1).find((s) => !/\d{3}|,/.test(s)) };
}

/** "Senior Engineer - Acme GmbH", "Acme: Senior Engineer", "Senior Engineer at Acme" → "Senior Engineer". */
export function titleWithoutCompany(title: string, company: string | null | undefined): string {
  if (!company || title.length <= company.length) return title;
  const c = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title
    .replace(new RegExp(`\\s*(?:[-|–—·,:@]|\\b(?:at|bei|chez|presso|bij)\\b)\\s*${c}\\s*$`, 'i'), '')
    .replace(new RegExp(`^\\s*${c}\\s*[-|–—·:]\\s*`, 'i'), '')
    .trim();
  return stripped.length >= 2 ? stripped : title;
}
