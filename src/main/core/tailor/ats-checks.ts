import type { DocumentContent, TemplateId } from '../../../shared/domain/document';
import type { AtsCheck, Selection } from '../../../shared/domain/tailor';
import { cvText } from './build-cv';
import { skillsIn } from './truth/evidence';

const WORDS_PER_PAGE = 550;

/** What an applicant-tracking system needs from the CV, checked on the tailored content. */
export function atsChecks(
  content: Extract<DocumentContent, { kind: 'cv' }>,
  selection: Selection,
  template: TemplateId,
): AtsCheck[] {
  const { cv } = content;
  const text = cvText(cv);
  const present = skillsIn(text);
  const has = selection.covered;
  const shown = has.filter((s) => present.has(s));
  const missing = has.filter((s) => !present.has(s));
  const words = text.split(/\s+/).filter(Boolean).length;
  const pages = Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
  const sections = [
    cv.basics.summary && 'Summary',
    cv.work.length && 'Experience',
    cv.projects.length && 'Projects',
    cv.education.length && 'Education',
    cv.skills.length && 'Skills',
    cv.certificates.length && 'Certifications',
  ].filter(Boolean) as string[];
  const contact = [
    cv.basics.name ? '' : 'name',
    cv.basics.email ? '' : 'e-mail',
    cv.basics.phone ? '' : 'phone',
  ].filter(Boolean);
  return [
    {
      id: 'required-coverage',
      label: 'Required skills you have are on the CV',
      ok: missing.length === 0,
      detail:
        has.length === 0
          ? 'The job names no required skill that your profile shows.'
          : missing.length
            ? `Not on the CV: ${missing.join(', ')}`
            : `${shown.length} of ${has.length} required skills you have are named (${shown.join(', ')}). Lacking: ${selection.uncovered.join(', ') || 'none'}.`,
    },
    {
      id: 'section-names',
      label: 'Standard section names',
      ok: sections.includes('Experience') && sections.includes('Education'),
      detail: `Sections: ${sections.join(', ')}`,
    },
    {
      id: 'length',
      label: 'Length',
      ok: pages <= 2,
      detail: `About ${words} words, ${pages} page${pages > 1 ? 's' : ''}`,
    },
    {
      id: 'contact',
      label: 'Contact details',
      ok: contact.length === 0,
      detail: contact.length
        ? `Missing: ${contact.join(', ')} (add them in Profile)`
        : 'Name, e-mail and phone present',
    },
    {
      id: 'plain-layout',
      label: 'No tables or images',
      ok: template === 'ats',
      detail:
        template === 'ats'
          ? 'The ATS template is one column of text.'
          : `The ${template} template uses a layout some tracking systems misread; export with the ATS template for online forms.`,
    },
  ];
}
