import { Check, Plus, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MissingKeyword, SkillStrength } from '../../../../shared/domain/match';
import { useProfile } from '../profile/profile-store';
import { useMatch } from './match-store';

const GROUPS: { key: SkillStrength; label: string }[] = [
  { key: 'required', label: 'Required' },
  { key: 'preferred', label: 'Nice to have' },
  { key: 'mentioned', label: 'Mentioned' },
];
const CHIP_BUTTON =
  'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-fg-muted hover:bg-muted hover:text-fg';

/**
 * What the job asks for that the profile does not show, as chips: add it to the profile (then prove
 * it with a bullet), or say "I don't have this". Soft skills are listed apart: they are shown by
 * examples in bullets, not by listing the word.
 */
export function MissingSkills({ missing }: { missing: MissingKeyword[] }) {
  const notMine = useMatch((s) => s.notMine);
  const [added, setAdded] = useState<Record<string, string>>({});
  const hard = missing.filter((m) => m.category !== 'soft' && !notMine.includes(m.skill));
  const soft = missing.filter((m) => m.category === 'soft');
  const declined = missing.filter((m) => m.category !== 'soft' && notMine.includes(m.skill));
  if (!missing.length)
    return <p className="text-sm text-success">Your profile covers every skill this job asks for.</p>;

  const addToSkills = (skill: string) => {
    const id = useProfile.getState().addSkill(skill);
    if (id) setAdded({ ...added, [skill]: id });
  };

  return (
    <section aria-label="Missing keywords" className="flex flex-col gap-3">
      <div>
        <h3 className="text-sm font-semibold">Not in your profile yet ({hard.length})</h3>
        <p className="text-xs text-fg-muted">
          Add a skill only if it is true, then prove it with a line under the job where you used it.
        </p>
      </div>
      {GROUPS.map(({ key, label }) => {
        const group = hard.filter((m) => m.strength === key);
        if (!group.length) return null;
        return (
          <div key={key}>
            <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-fg-muted">{label}</h4>
            <ul className="flex flex-wrap gap-2">
              {group.map((m) => (
                <li
                  key={m.skill}
                  className="flex flex-wrap items-center gap-1 rounded-full border border-border py-0.5 pl-3 pr-1 text-sm"
                  title={m.hint}
                >
                  <span className="font-medium">{m.skill}</span>
                  {m.yearsRequired ? <span className="text-xs text-fg-muted">{m.yearsRequired}+ years</span> : null}
                  {added[m.skill] ? (
                    <Link
                      to={`/profile?fact=${encodeURIComponent(added[m.skill]!)}`}
                      className="inline-flex items-center gap-1 px-1.5 text-xs text-success underline"
                    >
                      <Check className="size-3" aria-hidden /> Added: now add a line that proves it
                    </Link>
                  ) : (
                    <>
                      <button
                        type="button"
                        className={CHIP_BUTTON}
                        onClick={() => addToSkills(m.skill)}
                        aria-label={`Add to my skills: ${m.skill}`}
                      >
                        <Plus className="size-3" aria-hidden /> Add to my skills
                      </button>
                      <button
                        type="button"
                        className={CHIP_BUTTON}
                        onClick={() => useMatch.getState().setNotMine(m.skill, true)}
                        aria-label={`I don't have this: ${m.skill}`}
                      >
                        <X className="size-3" aria-hidden /> I don't have this
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {soft.length ? (
        <div>
          <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-fg-muted">
            Soft skills the ad mentions
          </h4>
          <p className="text-xs text-fg-muted">
            {soft.map((m) => m.skill).join(', ')}. These are not gaps to fill with keywords: if they fit you, show them
            with a concrete example in a work line.
          </p>
        </div>
      ) : null}
      {declined.length ? (
        <p className="text-xs text-fg-muted">
          You said you don't have:{' '}
          {declined.map((m, i) => (
            <span key={m.skill}>
              {i ? ', ' : ''}
              {m.skill}{' '}
              <button
                type="button"
                className="underline"
                onClick={() => useMatch.getState().setNotMine(m.skill, false)}
              >
                undo
              </button>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
