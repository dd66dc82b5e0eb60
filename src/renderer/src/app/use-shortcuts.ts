import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { routes } from './routes';

/** Ctrl/⌘ + 1…9 opens the n-th area of the sidebar. */
export function useAreaShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const areas = routes.filter((r) => r.nav);
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const index = Number.parseInt(event.key, 10) - 1;
      const target = areas[index];
      if (!target) return;
      event.preventDefault();
      void navigate(target.path);
      requestAnimationFrame(() => document.getElementById('main')?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
