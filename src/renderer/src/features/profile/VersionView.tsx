import type { Profile } from '../../../../shared/domain/profile';
import { SECTION_DEFS, entryTitle } from './sections/section-fields';

/** A read-only view of one stored version: basics, then each section's entries. */
export function VersionView({ profile }: { profile: Profile }) {
  const b = profile.basics;
  const place = [b.location.city, b.location.region, b.location.countryCode].filter(Boolean).join(', ');
  return (
    <div className="flex flex-col gap-3 text-sm" aria-label="Version content">
      <div>
        <p className="font-medium">{b.name || '(no name)'}</p>
        <p className="text-fg-muted">{[b.label, b.email, b.phone, place].filter(Boolean).join(' · ')}</p>
        {b.summary ? <p className="mt-1 whitespace-pre-wrap">{b.summary}</p> : null}
      </div>
      {SECTION_DEFS.filter((d) => profile[d.section].length).map((def) => (
        <div key={def.section}>
          <p className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{def.title}</p>
          <ul className="mt-1 flex flex-col gap-0.5">
            {(profile[def.section] as (Record<string, unknown> & { id: string })[]).map((e) => (
              <li key={e.id}>
                {entryTitle(def, e)}
                {typeof e.startDate === 'string' ? (
                  <span className="text-fg-muted">
                    {' '}
                    · {e.startDate} – {(e.endDate as string | undefined) ?? 'present'}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
