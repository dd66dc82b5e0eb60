import { Check, CircleAlert, Loader2, Redo2, Undo2 } from 'lucide-react';
import { useEffect } from 'react';
import { Button } from '../../components/ui/button';
import { useProfile } from './profile-store';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/**
 * The one save model of the profile: every edit saves itself; this says where that stands (never
 * "saved" before the core confirmed it), offers Retry after a failure, and Undo/Redo
 * (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z or Ctrl+Y). Ctrl/⌘+S saves at once.
 */
export function SaveStatus() {
  const { saveState, saveError, past, future, undo, redo, flush } = useProfile();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        useProfile.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !isMac)) {
        e.preventDefault();
        useProfile.getState().redo();
      } else if (key === 's') {
        e.preventDefault();
        void useProfile.getState().flush();
      }
    };
    // Leaving the screen (another area, Ctrl+2) saves what is pending right away.
    const onHide = () => void useProfile.getState().flush();
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onHide);
      onHide();
    };
  }, []);

  return (
    <div className="sticky top-0 z-30 -mx-1 flex flex-wrap items-center justify-end gap-2 bg-bg/90 px-1 py-2 backdrop-blur">
      <span
        role="status"
        aria-live="polite"
        className="mr-auto flex items-center gap-1.5 text-xs text-fg-muted"
        data-save-state={saveState}
      >
        {saveState === 'saving' || saveState === 'pending' ? (
          <Loader2 className="size-3.5 animate-spin" aria-hidden />
        ) : null}
        {saveState === 'saved' ? <Check className="size-3.5 text-success" aria-hidden /> : null}
        {saveState === 'failed' ? <CircleAlert className="size-3.5 text-danger" aria-hidden /> : null}
        <span className={saveState === 'failed' ? 'text-danger' : undefined}>
          {saveState === 'saved' ? 'All changes saved' : saveState === 'failed' ? saveError : 'Saving…'}
        </span>
      </span>
      {saveState === 'failed' ? (
        <Button size="sm" variant="secondary" onClick={() => void flush()}>
          Retry
        </Button>
      ) : null}
      <Button size="sm" variant="ghost" disabled={!past.length} onClick={undo} title={`Undo (${mod}Z)`}>
        <Undo2 aria-hidden /> Undo edit
      </Button>
      <Button size="sm" variant="ghost" disabled={!future.length} onClick={redo} title={`Redo (${mod}Shift+Z)`}>
        <Redo2 aria-hidden /> Redo edit
      </Button>
    </div>
  );
}
