import type { JSDOM as JsdomClass } from 'jsdom';
import { createRequire } from 'node:module';
import { AppError } from '../../../../../shared/ipc/result';
import { fitProfile } from '../fit-profile';
import { htmlToParagraphAndBullets, htmlToText } from '../html-text';
import { newFactId } from '../new-fact-id';
import type { ImportResult } from '../types';

/** jsdom takes about a second to load: only when a Europass PDF is actually read. */
function loadJsdom(): typeof JsdomClass {
  return (createRequire(import.meta.url)('jsdom') as { JSDOM: typeof JsdomClass }).JSDOM;
}

/**
 * Maps a Europass CV XML (v3.x, the `SkillsPassport` document that Europass PDFs carry as the
 * embedded file Europass-XML-Attachment.xml) to the profile.
 */
type El = Element | null | undefined;
const kids = (el: El, name: string): Element[] => (el ? [...el.children].filter((c) => c.localName === name) : []);
const kid = (el: El, ...path: string[]): El => path.reduce<El>((node, name) => kids(node, name)[0], el);
const txt = (el: El, ...path: string[]): string => (kid(el, ...path)?.textContent ?? '').trim();
const opt = (s: string) => (s ? s : undefined);

/** <From year="2002" month="--08" day="---01"/> -> "2002-08-01". */
function period(el: El): string | undefined {
  if (!el) return undefined;
  const year = el.getAttribute('year');
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const month = (el.getAttribute('month') ?? '').replace(/^-+/, '');
  const day = (el.getAttribute('day') ?? '').replace(/^-+/, '');
  if (!/^\d{2}$/.test(month)) return year;
  return /^\d{2}$/.test(day) ? `${year}-${month}-${day}` : `${year}-${month}`;
}

function dates(el: El) {
  const p = kid(el, 'Period');
  const current = txt(p, 'Current') === 'true';
  return { startDate: period(kid(p, 'From')), endDate: current ? undefined : period(kid(p, 'To')) };
}

function place(contactParent: El): string | undefined {
  const c = kid(contactParent, 'ContactInfo', 'Address', 'Contact');
  return opt([txt(c, 'Municipality'), txt(c, 'Country', 'Label')].filter(Boolean).join(', '));
}

/** "PhD - Thesis Title: ..." / "Bachelor of Science in Sociology" -> degree and field. */
function splitTitle(title: string): { studyType?: string; area?: string } {
  const dash = /^(.{2,60}?)\s+[-–]\s+(.+)$/.exec(title);
  if (dash) return { studyType: dash[1], area: dash[2] };
  const inField = /^(.{2,60}?)\s+in\s+(.+)$/i.exec(title);
  if (inField) return { studyType: inField[1], area: inField[2] };
  return { studyType: opt(title) };
}

const SKILL_NAMES: Record<string, string> = {
  Communication: 'Communication skills',
  Organisational: 'Organisational / managerial skills',
  JobRelated: 'Job-related skills',
  Computer: 'Digital skills',
  Other: 'Other skills',
};
const bulletsOf = (html: string) => {
  const { text, bullets } = htmlToParagraphAndBullets(html);
  return [...(text ? [text] : []), ...bullets];
};

export function parseEuropassXml(xml: string): ImportResult {
  const JSDOM = loadJsdom();
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const root = doc.documentElement;
  if (!root || root.localName !== 'SkillsPassport' || doc.getElementsByTagName('parsererror').length) {
    throw new AppError(
      'BAD_INPUT',
      'The Europass data inside this PDF is not a readable Europass CV. Import the PDF as an ordinary document instead, or export it again from Europass.',
    );
  }
  const learner = kid(root, 'LearnerInfo');
  const id = kid(learner, 'Identification');
  const contact = kid(id, 'ContactInfo');
  const address = kid(contact, 'Address', 'Contact');
  const skills = kid(learner, 'Skills');
  const linguistic = kid(skills, 'Linguistic');
  const foreign = kids(kid(linguistic, 'ForeignLanguageList'), 'ForeignLanguage');
  const achievements = kids(kid(learner, 'AchievementList'), 'Achievement');
  const byCode = (code: string) => achievements.filter((a) => txt(a, 'Title', 'Code') === code);

  const draft = {
    basics: {
      name: [txt(id, 'PersonName', 'FirstName'), txt(id, 'PersonName', 'Surname')].filter(Boolean).join(' '),
      label: txt(learner, 'Headline', 'Description', 'Label'),
      email: txt(contact, 'Email', 'Contact'),
      phone: txt(kids(kid(contact, 'TelephoneList'), 'Telephone')[0], 'Contact'),
      url: txt(kids(kid(contact, 'WebsiteList'), 'Website')[0], 'Contact'),
      location: {
        address: opt(txt(address, 'AddressLine')),
        postalCode: opt(txt(address, 'PostalCode')),
        city: opt(txt(address, 'Municipality')),
        countryCode: opt(txt(address, 'Country', 'Code')),
      },
      profiles: [
        ...kids(kid(contact, 'InstantMessagingList'), 'InstantMessaging').map((m) => ({
          id: newFactId('link'),
          network: opt(txt(m, 'Use', 'Label')),
          username: opt(txt(m, 'Contact')),
          url: '',
        })),
        ...kids(kid(contact, 'WebsiteList'), 'Website')
          .slice(1)
          .map((w) => ({ id: newFactId('link'), network: opt(txt(w, 'Use', 'Label')), url: txt(w, 'Contact') })),
      ],
    },
    work: kids(kid(learner, 'WorkExperienceList'), 'WorkExperience').map((w) => {
      const body = htmlToParagraphAndBullets(txt(w, 'Activities'));
      return {
        id: newFactId('work'),
        name: txt(w, 'Employer', 'Name'),
        position: txt(w, 'Position', 'Label'),
        location: place(kid(w, 'Employer')),
        ...dates(w),
        summary: opt(body.text),
        highlights: body.bullets.map((text) => ({ id: newFactId('hl'), text })),
      };
    }),
    education: kids(kid(learner, 'EducationList'), 'Education').map((e) => ({
      id: newFactId('edu'),
      institution: txt(e, 'Organisation', 'Name'),
      ...splitTitle(txt(e, 'Title')),
      location: place(kid(e, 'Organisation')),
      ...dates(e),
      courses: bulletsOf(txt(e, 'Activities')).map((text) => ({ id: newFactId('course'), text })),
    })),
    skills: [
      ...Object.entries(SKILL_NAMES)
        .filter(([tag]) => txt(skills, tag, 'Description'))
        .map(([tag, name]) => ({ id: newFactId('skill'), name, keywords: bulletsOf(txt(skills, tag, 'Description')) })),
      ...(kids(kid(skills, 'Driving', 'Description'), 'Licence').length
        ? [
            {
              id: newFactId('skill'),
              name: 'Driving licence',
              keywords: kids(kid(skills, 'Driving', 'Description'), 'Licence').map((l) => (l.textContent ?? '').trim()),
            },
          ]
        : []),
    ],
    languages: [
      ...kids(kid(linguistic, 'MotherTongueList'), 'MotherTongue').map((m) => ({
        id: newFactId('lang'),
        language: txt(m, 'Description', 'Label'),
        fluency: 'Mother tongue',
      })),
      ...foreign.map((f) => ({
        id: newFactId('lang'),
        language: txt(f, 'Description', 'Label'),
        fluency: opt(
          [...(kid(f, 'ProficiencyLevel')?.children ?? [])]
            .map((c) => `${c.localName} ${(c.textContent ?? '').trim()}`)
            .join(', '),
        ),
      })),
    ].filter((l) => l.language),
    certificates: foreign
      .flatMap((f) => kids(kid(f, 'VerifiedBy'), 'Certificate'))
      .map((c) => ({
        id: newFactId('cert'),
        name: txt(c, 'Title'),
        issuer: opt(txt(c, 'AwardingBody')),
        date: period(kid(c, 'Date')),
      })),
    publications: byCode('publications').map((a) => ({
      id: newFactId('pub'),
      name: htmlToText(txt(a, 'Description')).replace(/\n/g, ' '),
    })),
    projects: byCode('projects').map((a) => ({
      id: newFactId('proj'),
      name: htmlToText(txt(a, 'Description')).split('\n')[0] ?? '',
      description: opt(htmlToText(txt(a, 'Description'))),
    })),
    references: byCode('references').map((a) => ({
      id: newFactId('ref'),
      name: htmlToText(txt(a, 'Description')).split('\n')[0] ?? 'Reference',
      reference: opt(htmlToText(txt(a, 'Description'))),
    })),
    awards: achievements
      .filter((a) => !['publications', 'projects', 'references'].includes(txt(a, 'Title', 'Code')))
      .map((a) => ({
        id: newFactId('award'),
        title: txt(a, 'Title', 'Label') || 'Achievement',
        summary: opt(htmlToText(txt(a, 'Description'))),
      })),
  };
  const warnings: string[] = [];
  const profile = fitProfile(draft, warnings, 'Europass CV');
  return { format: 'europass-pdf', profile, text: '', uncertain: [], warnings };
}
