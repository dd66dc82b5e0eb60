import { Link } from 'react-router';
import { useEffect } from 'react';
import { Sparkles } from 'lucide-react';
import type { StoredMatch } from '../../../../shared/domain/match';
import { Button } from '../../components/ui/button';
import { Card, CardTitle } from '../../components/ui/card';
import { factHref } from './fact-link';
import { useOnboarding } from '../onboarding/onboarding-store';
import { useMatch } from './match-store';
import { MissingSkills } from './MissingSkills';
import { ScoreBadge, SubScoreBar } from './ScoreBadge';

/** Where a piece of evidence sits, in the words the Profile screen uses. */
const SECTION_WORDS: Record<string, string> = {
  basics: 'Your headline or summary',
  work: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  volunteer: 'Volunteering',
  certificates: 'Certificates',
  awards: 'Awards',
  publications: 'Publications',
  languages: 'Languages',
  interests: 'Interests',
};

/** The explainable match of the profile against one job: score, parts, evidence, gaps. */
export function MatchPanel({ jobId }: { jobId: string }) {
  const entry = useMatch((s) => s.matches[jobId]);
  const loadMatch = useMatch((s) => s.loadMatch);
  useEffect(() => {
    void loadMatch(jobId);
  }, [jobId, loadMatch]);
  const shown = !!entry?.match;
  useEffect(() => {
    if (shown) useOnboarding.getState().markMatchSeen();
  }, [shown]);

  if (!entry || (entry.loading && !entry.match)) return <Card aria-busy="true">Computing the match…</Card>;
  if (!entry.match) return <Card role="alert">The match could not be computed: {entry.error}</Card>;
  const match = entry.match;
  return (
    <Card className="flex flex-col gap-5" aria-label="Match">
      <header className="flex items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <ScoreBadge score={match.score} className="px-3 py-1 text-base" />
          <CardTitle title={`Scoring formula ${match.formulaVersion}`}>Match</CardTitle>
        </div>
        <Button
          variant="secondary"
          size="sm"
          disabled={entry.loading}
          onClick={() => void loadMatch(jobId, true)}
          title="Adds a semantic sub-score and paraphrase evidence using the on-device model"
        >
          <Sparkles aria-hidden /> Semantic match
        </Button>
      </header>
      {entry.error ? (
        <p role="alert" className="text-sm text-danger">
          {entry.error}
        </p>
      ) : null}
      <div className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-4">
        {match.subScores.map((s) => (
          <SubScoreBar key={s.key} label={s.label} score={s.score} weight={s.weight} detail={s.detail} />
        ))}
      </div>
      <MatchedList match={match} />
      <MissingSkills missing={match.missing} />
    </Card>
  );
}

function MatchedList({ match }: { match: StoredMatch }) {
  if (!match.matched.length)
    return <p className="text-sm text-fg-muted">None of the job's keywords appear in your profile yet.</p>;
  return (
    <section aria-label="Matched keywords">
      <h3 className="mb-2 text-sm font-semibold">Matched ({match.matched.length})</h3>
      <ul className="flex flex-col gap-2">
        {match.matched.map((m) => (
          <li key={m.skill} className="rounded-md border border-border p-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{m.skill}</span>
              <span className="text-xs text-fg-muted">{m.strength === 'preferred' ? 'nice to have' : m.strength}</span>
              {m.via ? <span className="text-xs text-fg-muted">via {m.via}</span> : null}
              {m.yearsRequired ? (
                <span className="text-xs text-fg-muted">
                  asks {m.yearsRequired}y, you {m.yearsInProfile ?? '?'}y
                </span>
              ) : null}
            </div>
            <ul className="mt-1 flex flex-col gap-0.5">
              {m.evidence.slice(0, 3).map((e) => (
                <li key={e.factId}>
                  <Link
                    to={factHref(e.factId)}
                    className="text-xs text-accent hover:underline"
                    title="Show in your profile"
                  >
                    {SECTION_WORDS[e.section] ?? e.section}: {e.text.length > 140 ? `${e.text.slice(0, 140)}…` : e.text}
                    {e.similarity !== undefined ? ` (similarity ${e.similarity})` : ''}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
