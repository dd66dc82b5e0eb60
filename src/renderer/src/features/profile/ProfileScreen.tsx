import * as Tabs from '@radix-ui/react-tabs';
import { Sparkles } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { Page } from '../../components/ui/page';
import { useFactFocus } from '../match/fact-link';
import { FirstRunChecklist } from '../onboarding/FirstRunChecklist';
import { BasicsForm } from './BasicsForm';
import { locateFact, type ProfileTab } from './fact-location';
import { ImportControls, ImportStatus } from './ImportControls';
import { ImportDropZone } from './ImportDropZone';
import { ImportReview } from './ImportReview';
import { ProfileSectionsTab } from './ProfileSectionsTab';
import { SaveStatus } from './SaveStatus';
import { VersionsPanel } from './VersionsPanel';
import { useImport } from './import-store';
import { useProfile } from './profile-store';

const TAB =
  'rounded-md px-3 py-1.5 text-sm font-medium text-fg-muted data-[state=active]:bg-surface data-[state=active]:text-fg data-[state=active]:shadow-sm';

let lastTab: ProfileTab = 'basics';
function rememberTab(tab: ProfileTab) {
  lastTab = tab;
}

export function ProfileScreen() {
  const { snapshot, load, error } = useProfile();
  const reviewing = useImport((s) => s.phase === 'review' || s.phase === 'saving');
  useEffect(() => {
    void load();
  }, [load]);
  // `?fact=<id>` (a match evidence link): show the tab and open the entry that holds it.
  const factId = new URLSearchParams(useLocation().search).get('fact');
  const target = snapshot && factId ? locateFact(snapshot.profile, factId) : null;
  // The tab stays as it was when the user comes back from another area (Ctrl+2, then Ctrl+1).
  const [tab, setTab] = useState<ProfileTab>(() => lastTab);
  useEffect(() => rememberTab(tab), [tab]);
  const [shownFact, setShownFact] = useState<string | null>(null);
  if (target && factId !== shownFact) {
    setShownFact(factId);
    setTab(target.tab);
  }

  return (
    <ImportDropZone>
      <Page
        title="Profile"
        description="Everything Jobsmith writes for you comes from here, so keep it true and complete."
        actions={<ImportControls />}
      >
        {reviewing ? null : <FirstRunChecklist />}
        <ImportStatus />
        {error ? (
          <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm text-danger">
            {error}
          </p>
        ) : null}
        {snapshot?.isEmpty && !reviewing ? (
          <div className="flex items-start gap-3 rounded-lg border border-accent/30 bg-accent/5 p-4 text-sm">
            <Sparkles className="mt-0.5 size-5 shrink-0 text-accent" aria-hidden />
            <div>
              <p className="font-medium">Start here: tell Jobsmith who you are.</p>
              <p className="mt-1 text-fg-muted">
                Import your CV (drop the file anywhere here, or use Import CV), or fill in your basics below: every
                change is saved as you type. Your profile is the single source of truth for every match and every
                application — nothing leaves this computer unless you ask.
              </p>
            </div>
          </div>
        ) : null}
        {reviewing ? (
          <ImportReview />
        ) : snapshot ? (
          <Tabs.Root value={tab} onValueChange={(v) => setTab(v as ProfileTab)} className="flex flex-col gap-4">
            {target && factId ? <FactFocus key={factId} factId={factId} /> : null}
            {factId && !target ? (
              <p role="status" className="text-sm text-fg-muted">
                That line is no longer in your profile.
              </p>
            ) : null}
            <Tabs.List aria-label="Profile parts" className="flex w-fit gap-1 rounded-lg bg-muted p-1">
              <Tabs.Trigger value="basics" className={TAB}>
                Basics
              </Tabs.Trigger>
              <Tabs.Trigger value="sections" className={TAB}>
                Experience &amp; more
              </Tabs.Trigger>
              <Tabs.Trigger value="versions" className={TAB}>
                Versions
              </Tabs.Trigger>
            </Tabs.List>
            <SaveStatus />
            <Tabs.Content value="basics">
              <BasicsForm />
            </Tabs.Content>
            <Tabs.Content value="sections">
              <ProfileSectionsTab focusEntry={target?.entryId} />
            </Tabs.Content>
            <Tabs.Content value="versions">
              <VersionsPanel />
            </Tabs.Content>
          </Tabs.Root>
        ) : (
          <p className="text-sm text-fg-muted">Loading…</p>
        )}
      </Page>
    </ImportDropZone>
  );
}

/**
 * Mounted once the fact's tab and entry are rendered: scrolls to and highlights it
 * (`useFactFocus`), and moves keyboard focus there (the bullet's text, or the entry's toggle).
 */
function FactFocus({ factId }: { factId: string }) {
  useFactFocus();
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const el = document.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(factId)}"]`);
      const control = el?.matches('input, textarea')
        ? el
        : el?.querySelector<HTMLElement>('textarea, input, button[aria-expanded]');
      control?.focus({ preventScroll: true });
    }, 60);
    return () => window.clearTimeout(timer);
  }, [factId]);
  return null;
}
