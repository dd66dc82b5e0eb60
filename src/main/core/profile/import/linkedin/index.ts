import { strFromU8 } from 'fflate';
import { AppError } from '../../../../../shared/ipc/result';
import { fitProfile } from '../fit-profile';
import { newFactId } from '../new-fact-id';
import { toPartialDate } from '../text/dates';
import type { ImportResult } from '../types';
import { unzipGuarded } from '../zip-guard';
import { parseWebsites, pick, readLinkedInCsv } from './linkedin-csv';

/** The CSV files of the LinkedIn "Get a copy of your data" export that the profile uses. */
export const LINKEDIN_FILES = [
  'Profile.csv',
  'Positions.csv',
  'Education.csv',
  'Skills.csv',
  'Projects.csv',
  'Certifications.csv',
  'Languages.csv',
  'Email Addresses.csv',
  'PhoneNumbers.csv',
  'Honors.csv',
  'Publications.csv',
  'Volunteering.csv',
] as const;
const baseName = (name: string) => name.split('/').pop() ?? name;

/** True when the zip's entry names look like a LinkedIn export (used by format sniffing). */
export function looksLikeLinkedInExport(entryNames: string[]): boolean {
  const names = new Set(entryNames.map(baseName));
  return (
    names.has('Profile.csv') && (names.has('Positions.csv') || names.has('Education.csv') || names.has('Skills.csv'))
  );
}

export function readLinkedInExport(bytes: Uint8Array): ImportResult {
  const wanted = new Set<string>(LINKEDIN_FILES);
  const files = unzipGuarded(bytes, (name) => wanted.has(baseName(name)));
  const csv = new Map<string, string>();
  for (const [name, data] of files) csv.set(baseName(name), strFromU8(data));
  if (!csv.has('Profile.csv')) {
    throw new AppError(
      'BAD_INPUT',
      'This zip is not a LinkedIn data export (it has no Profile.csv). In LinkedIn choose Settings → Data privacy → Get a copy of your data, and import the zip it sends you.',
    );
  }
  const rows = (file: string, columns: string[]) => (csv.has(file) ? readLinkedInCsv(csv.get(file)!, columns) : []);
  const uncertain: string[] = [];
  const warnings: string[] = [];

  const me = rows('Profile.csv', ['First Name', 'Last Name', 'Headline'])[0] ?? {};
  const emails = rows('Email Addresses.csv', ['Email Address']);
  const primaryEmail = emails.find((e) => /^yes$/i.test(e['Primary'] ?? '')) ?? emails[0];
  const phone = rows('PhoneNumbers.csv', ['Number'])[0];
  const websites = parseWebsites(me['Websites'] ?? '');
  const geo = (me['Geo Location'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

  const draft = {
    basics: {
      name: [me['First Name'], me['Last Name']].filter(Boolean).join(' '),
      label: me['Headline'] ?? '',
      summary: me['Summary'] ?? '',
      email: primaryEmail?.['Email Address'] ?? '',
      phone: phone?.['Number'] ?? '',
      url: websites.find((w) => w.kind === 'PERSONAL' || w.kind === 'PORTFOLIO')?.url ?? '',
      location: {
        city: geo[0],
        region: geo.length > 2 ? geo[1] : undefined,
        postalCode: me['Zip Code'] || undefined,
        address: me['Address'] || undefined,
      },
      profiles: websites.map((w) => ({
        id: newFactId('link'),
        network: w.kind.charAt(0) + w.kind.slice(1).toLowerCase(),
        url: w.url,
      })),
    },
    work: rows('Positions.csv', ['Company Name', 'Title']).map((p, i) => ({
      id: newFactId('work'),
      name: pick(p, 'Company Name'),
      position: pick(p, 'Title'),
      location: pick(p, 'Location') || undefined,
      ...dates(p, `work.${i}`, uncertain),
      ...bodyOf(pick(p, 'Description')),
    })),
    education: rows('Education.csv', ['School Name', 'Degree Name']).map((e, i) => ({
      id: newFactId('edu'),
      institution: pick(e, 'School Name'),
      ...degree(pick(e, 'Degree Name'), pick(e, 'Field Of Study', 'Field of Study')),
      ...dates(e, `education.${i}`, uncertain),
      courses: [pick(e, 'Notes'), pick(e, 'Activities')]
        .filter(Boolean)
        .map((text) => ({ id: newFactId('course'), text })),
    })),
    skills: rows('Skills.csv', ['Name'])
      .filter((s) => s['Name'])
      .map((s) => ({ id: newFactId('skill'), name: s['Name']!, keywords: [] })),
    projects: rows('Projects.csv', ['Title', 'Description']).map((p, i) => ({
      id: newFactId('proj'),
      name: pick(p, 'Title'),
      description: pick(p, 'Description') || undefined,
      url: pick(p, 'Url', 'URL') || undefined,
      ...dates(p, `projects.${i}`, uncertain),
    })),
    certificates: rows('Certifications.csv', ['Name', 'Authority']).map((c, i) => ({
      id: newFactId('cert'),
      name: pick(c, 'Name'),
      issuer: pick(c, 'Authority') || undefined,
      url: pick(c, 'Url', 'URL') || undefined,
      date: dates(c, `certificates.${i}`, uncertain).startDate,
    })),
    languages: rows('Languages.csv', ['Name', 'Proficiency'])
      .filter((l) => l['Name'])
      .map((l) => ({
        id: newFactId('lang'),
        language: l['Name']!,
        fluency: pick(l, 'Proficiency') || undefined,
      })),
    awards: rows('Honors.csv', ['Title', 'Issuer']).map((h) => ({
      id: newFactId('award'),
      title: pick(h, 'Title'),
      awarder: pick(h, 'Issuer') || undefined,
      summary: pick(h, 'Description') || undefined,
      date: toPartialDate(pick(h, 'Issued On')),
    })),
    publications: rows('Publications.csv', ['Name', 'Publisher']).map((p) => ({
      id: newFactId('pub'),
      name: pick(p, 'Name'),
      publisher: pick(p, 'Publisher') || undefined,
      url: pick(p, 'Url', 'URL') || undefined,
      summary: pick(p, 'Description') || undefined,
      releaseDate: toPartialDate(pick(p, 'Published On')),
    })),
    volunteer: rows('Volunteering.csv', ['Company Name', 'Role']).map((v, i) => ({
      id: newFactId('vol'),
      organization: pick(v, 'Company Name'),
      position: pick(v, 'Role'),
      summary: pick(v, 'Description') || undefined,
      ...dates(v, `volunteer.${i}`, uncertain),
    })),
  };
  const text = [...csv.entries()].map(([name, body]) => `── ${name} ──\n${body.trim()}`).join('\n\n');
  return { format: 'linkedin-zip', profile: fitProfile(draft, warnings, 'LinkedIn export'), text, uncertain, warnings };
}

function dates(row: Record<string, string>, path: string, uncertain: string[]) {
  const startRaw = pick(row, 'Started On', 'Start Date');
  const endRaw = pick(row, 'Finished On', 'End Date');
  const startDate = toPartialDate(startRaw);
  const endDate = toPartialDate(endRaw);
  if (startRaw && !startDate) uncertain.push(`${path}.startDate`);
  if (endRaw && !endDate) uncertain.push(`${path}.endDate`);
  return { startDate, endDate };
}

/** A LinkedIn description is free text; lines that start with a bullet become highlights. */
function bodyOf(description: string) {
  const lines = description
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const bullets = lines.filter((l) => /^[-•*·▪]\s*/.test(l));
  const prose = lines.filter((l) => !/^[-•*·▪]\s*/.test(l));
  return {
    summary: prose.join('\n') || undefined,
    highlights: bullets.map((l) => ({ id: newFactId('hl'), text: l.replace(/^[-•*·▪]\s*/, '') })),
  };
}

function degree(degreeName: string, field: string) {
  return { studyType: degreeName || undefined, area: field || undefined };
}
