import { buildDraft, type Capture, createCaptureLog } from '../capture/build-draft';
import { sanitizeHtmlFragment } from '../sanitize/sanitize-html';
import type { AtsPosting } from './ats-posting';

/** An ATS posting as a capture: its description sanitised like any page, the API record kept raw. */
export function postingToCapture(posting: AtsPosting): Capture {
  const log = createCaptureLog();
  log.info(`Found on the ${posting.provider} job board of ${posting.company}.`);
  const clean = sanitizeHtmlFragment(posting.descriptionHtml);
  log.report(clean.report);
  const draft = buildDraft(
    { ...posting, descriptionText: clean.text, descriptionHtml: clean.html, canonicalUrl: posting.url },
    {
      source: 'ats',
      sourceUrl: posting.url,
      extractedBy: `ats:${posting.provider}`,
      atsProvider: posting.provider,
      atsId: posting.atsId,
    },
    log,
  );
  return {
    draft,
    raw: { text: JSON.stringify(posting), contentType: 'application/json', url: posting.url },
    report: clean.report,
    uncertain: [],
  };
}
