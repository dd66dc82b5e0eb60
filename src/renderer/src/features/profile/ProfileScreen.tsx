import { Sparkles } from 'lucide-react';
import { useEffect } from 'react';
import { Page } from '../../components/ui/page';
import { BasicsForm } from './BasicsForm';
import { useProfile } from './profile-store';

export function ProfileScreen() {
  const { snapshot, load, error } = useProfile();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Page title="Profile" description="Everything Jobsmith writes for you comes from here, so keep it true and complete.">
      {error ? (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {snapshot?.isEmpty ? (
        <div className="flex items-start gap-3 rounded-lg border border-accent/30 bg-accent/5 p-4 text-sm">
          <Sparkles className="mt-0.5 size-5 shrink-0 text-accent" aria-hidden />
          <div>
            <p className="font-medium">Start here: tell Jobsmith who you are.</p>
            <p className="mt-1 text-fg-muted">
              Fill in your basics below and save. Your profile is the single source of truth for every match and every
              application — nothing leaves this computer unless you ask.
            </p>
          </div>
        </div>
      ) : null}
      {snapshot ? <BasicsForm key={snapshot.updatedAt ?? 'new'} basics={snapshot.profile.basics} /> : <p className="text-sm text-fg-muted">Loading…</p>}
    </Page>
  );
}
