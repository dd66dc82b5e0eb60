import type { RemoteType } from '../../../../shared/domain/job';

/**
 * Remote, hybrid or on-site, as pages state it in EN, DE, FR, ES, PT, IT, NL, FI, TR, JA and ZH.
 * A short text (a chip, a labelled line, a location) is read as a statement; a long text (the
 * description) only counts its unambiguous phrases, since "our remote team" says little.
 */

const L = '\\p{L}';
const word = (alts: string): RegExp => new RegExp(`(?<!${L})(?:${alts})(?!${L})`, 'iu');

const HYBRID = new RegExp(
  `${word('hybrid|hybride|h[íi]brid[oa]|ibrid[oa]|hybridi(?:ty[öo])?|hibrit|t[ée]l[ée]travail partiel|teletrabajo parcial|remote parziale|deels thuis').source}|ハイブリッド|一部リモート|一部在宅|混合办公|混合办公|混合工作`,
  'iu',
);
const REMOTE_SHORT = new RegExp(
  `${word('remote|remoto|remota|t[ée]l[ée]travail|teletrabajo|teletrabalho|home ?office|fernarbeit|[àa] distance|a distancia|da remoto|thuiswerken|op afstand|et[äa]ty[öo]|et[äa]n[äa]|uzaktan|work from home|wfh|telecommute|anywhere').source}|リモート|在宅|テレワーク|远程|居家办公`,
  'iu',
);
const REMOTE_STRONG = new RegExp(
  `${word('fully[\\s-]remote|100\\s?% (?:remote|remoto|t[ée]l[ée]travail|home ?office)|remote[\\s-](?:first|only)|work from (?:home|anywhere)|telecommute|full[\\s-]remote|t[ée]l[ée]travail (?:complet|total|[àa] 100)|totalmente remoto|100\\s?% remoto|completamente da remoto|volledig remote|t[äa]ysin et[äa]n[äa]|tamamen uzaktan|vollst[äa]ndig remote|komplett remote').source}|フルリモート|完全リモート|完全在宅|全远程|完全远程`,
  'iu',
);
const ONSITE = new RegExp(
  `${word('on[\\s-]?site|in[\\s-]office|office[\\s-]based|vor ort|pr[äa]senz|sur site|pr[ée]sentiel|presencial|in sede|in presenza|op locatie|op kantoor|l[äa]hity[öo]|toimistolla|ofiste|i[şs] yerinde|yerinde').source}|出社|オフィス勤務|常駐|现场办公|坐班|到岗办公`,
  'iu',
);

/** A chip, a labelled value or a location line: any mention decides. */
export function workModeOfStatement(text: string | null | undefined): RemoteType {
  if (!text) return 'unknown';
  const t = text.slice(0, 300);
  if (HYBRID.test(t)) return 'hybrid';
  if (REMOTE_SHORT.test(t)) return 'remote';
  if (ONSITE.test(t)) return 'onsite';
  return 'unknown';
}

/** A description: only phrases that cannot mean anything else. */
export function workModeOfProse(text: string | null | undefined): RemoteType {
  if (!text) return 'unknown';
  const t = text.slice(0, 20_000);
  if (HYBRID.test(t)) return 'hybrid';
  if (REMOTE_STRONG.test(t)) return 'remote';
  return 'unknown';
}

/** Structured work-mode values: TELECOMMUTE, "REMOTE", LinkedIn's workplace type ids (1 on-site, 2 remote, 3 hybrid). */
export function workModeOfValue(value: unknown): RemoteType {
  if (typeof value === 'boolean') return value ? 'remote' : 'unknown';
  if (typeof value === 'number')
    return ({ 1: 'onsite', 2: 'remote', 3: 'hybrid' } as Record<number, RemoteType>)[value] ?? 'unknown';
  if (Array.isArray(value)) {
    for (const v of value) {
      const mode = workModeOfValue(v);
      if (mode !== 'unknown') return mode;
    }
    return 'unknown';
  }
  if (typeof value !== 'string') return 'unknown';
  const urnId = /urn:li:fs[a-z_]*workplaceType:(\d)/i.exec(value)?.[1];
  if (urnId) return workModeOfValue(Number(urnId));
  return workModeOfStatement(value.replace(/_/g, ' '));
}
