import { CheckCircle2, Circle, X } from 'lucide-react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useJobs } from '../jobs/jobs-store';
import { useProfile } from '../profile/profile-store';
import { useOnboarding } from './onboarding-store';

interface Step {
  label: string;
  done: boolean;
  to: string;
  /** Where it is done, in words (the link's text is the step itself, so it never reads like a sidebar area). */
  where: string;
}

/**
 * The first-run checklist: import your CV, add a job, see the match, then generate and track. Each
 * step links to where it is done; it goes away once everything is done, or when dismissed.
 */
export function FirstRunChecklist() {
  const hasProfile = useProfile((s) => !!s.snapshot && !s.snapshot.isEmpty);
  const hasJob = useJobs((s) => s.jobs.length > 0);
  const { dismissed, sawMatch, dismiss } = useOnboarding();
  useEffect(() => {
    void useJobs.getState().load();
  }, []);
  const steps: Step[] = [
    {
      label: 'Import your CV',
      done: hasProfile,
      to: '/profile',
      where: 'with Import CV at the top right, or fill in Basics',
    },
    { label: 'Add a job you are interested in', done: hasJob, to: '/jobs', where: 'with “Add job” in Jobs' },
    {
      label: 'See how well you match it',
      done: sawMatch,
      to: hasJob ? '/matches' : '/jobs',
      where: 'in Best matches, or by opening a job',
    },
    { label: 'Generate a tailored CV and letter', done: false, to: '/documents', where: 'in Documents' },
    { label: 'Track your application', done: false, to: '/applications', where: 'in Applications' },
  ];
  const left = steps.filter((s) => !s.done).length;
  if (dismissed || left === 0) return null;
  return (
    <section aria-labelledby="first-run-title" className="rounded-lg border border-accent/30 bg-accent/5 p-4">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="first-run-title" className="text-sm font-semibold">
            Getting started
          </h2>
          <p className="text-xs text-fg-muted">
            {steps.length - left} of {steps.length} done
          </p>
        </div>
        <button
          type="button"
          className="rounded p-1 text-fg-muted hover:bg-muted"
          aria-label="Hide the getting started list"
          onClick={dismiss}
        >
          <X className="size-4" aria-hidden />
        </button>
      </div>
      <ol className="mt-2 flex flex-col gap-1.5 text-sm">
        {steps.map((step) => (
          <li key={step.label} className="flex items-center gap-2">
            {step.done ? (
              <CheckCircle2 className="size-4 shrink-0 text-success" aria-label="Done" />
            ) : (
              <Circle className="size-4 shrink-0 text-fg-muted" aria-label="To do" />
            )}
            {step.done ? (
              <span className="text-fg-muted line-through">{step.label}</span>
            ) : (
              <>
                <Link to={step.to} className="font-medium text-accent underline">
                  {step.label}
                </Link>
                <span className="text-xs text-fg-muted">{step.where}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
