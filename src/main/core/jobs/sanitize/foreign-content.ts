import { RAIL_HEADING } from '../extract/page-lines';
import type { SanitizeReport } from './sanitize-report';

/**
 * What does not belong in a posting's description even though it is visible: sections about other
 * jobs ("Similar jobs", "Ähnliche Stellen", "似た求人"), the saving user's own profile ("How you
 * match", "Your profile") and template placeholders nobody filled in ("{contract_type}",
 * "{{salary}}", "%COMPANY%"). Each removal is counted in the report.
 */

const PLACEHOLDER =
  /\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\{\s*[a-z_][a-z0-9_.]*\s*\}|\$\{\s*[A-Za-z_]\w*\s*\}|\[\[\s*[A-Za-z_]\w*\s*\]\]|%[A-Z][A-Z_]{2,}%/g;
const PROFILE =
  /^(how you match|your profile|am i a good fit|match details|your skills match|signed in as|logged in as|angemeldet als|connecté en tant que|conectado como|sessão iniciada como|accesso effettuato come|ingelogd als|kirjautuneena|oturum açık)/i;

function sample(report: SanitizeReport, reason: string, text: string): void {
  if (report.removedSamples.length < 30)
    report.removedSamples.push({ reason, text: text.replace(/\s+/g, ' ').trim().slice(0, 160) });
}

/** Removes a heading that names other jobs or the user's profile, with everything up to the next heading of its rank. */
function removeForeignSections(root: Element, report: SanitizeReport): void {
  for (const heading of Array.from(root.querySelectorAll('h1,h2,h3,h4,h5,h6,strong,b'))) {
    if (!heading.isConnected) continue;
    const label = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (label.length > 80) continue;
    const rail = RAIL_HEADING.test(label);
    const profile = PROFILE.test(label);
    if (!rail && !profile) continue;
    // <p><strong>Similar jobs</strong></p>: the section starts at the block around the bold text
    let start: Element = heading;
    if (
      !/^H\d$/.test(heading.tagName) &&
      heading.parentElement &&
      heading.parentElement !== root &&
      (heading.parentElement.textContent ?? '').trim() === label
    )
      start = heading.parentElement;
    const rank = /^H(\d)$/.exec(start.tagName)?.[1];
    const removed: string[] = [label];
    for (let next = start.nextElementSibling; next;) {
      const nextRank = /^H(\d)$/.exec(next.tagName)?.[1];
      if (nextRank && (!rank || nextRank <= rank)) break;
      const after = next.nextElementSibling;
      removed.push(next.textContent ?? '');
      next.remove();
      next = after;
    }
    start.remove();
    report.foreignSections++;
    sample(report, profile ? "the saving user's profile" : 'other jobs', removed.join(' '));
  }
}

function removePlaceholders(root: Element, report: SanitizeReport): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.textContent ?? '';
    if (!/[{%[$]/.test(text)) continue;
    const cleaned = text.replace(PLACEHOLDER, (m) => {
      report.placeholders++;
      sample(report, 'unfilled placeholder', m);
      return '';
    });
    if (cleaned !== text) node.textContent = cleaned.replace(/\s+([,.;:])/g, '$1').replace(/ {2,}/g, ' ');
  }
}

export function removeForeignContent(root: Element, report: SanitizeReport): void {
  removeForeignSections(root, report);
  removePlaceholders(root, report);
}
