import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Where a piece of evidence lives: the profile screen, focused on that fact. */
export function factHref(factId: string): string {
  return `/profile?fact=${encodeURIComponent(factId)}`;
}

/**
 * For the profile screen: scrolls to and highlights the element with `data-fact-id` equal to the
 * `?fact=` parameter (set by a click on match evidence). Elements opt in with `data-fact-id={id}`.
 */
export function useFactFocus(): void {
  const location = useLocation();
  useEffect(() => {
    const factId = new URLSearchParams(location.search).get('fact');
    if (!factId) return;
    const timer = window.setTimeout(() => {
      const el = document.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(factId)}"]`);
      if (!el) return;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.add('ring-2', 'ring-accent', 'rounded');
      window.setTimeout(() => el.classList.remove('ring-2', 'ring-accent', 'rounded'), 2500);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [location.search]);
}
