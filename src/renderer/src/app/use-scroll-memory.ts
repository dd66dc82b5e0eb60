import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const positions = new Map<string, number>();

/**
 * Each screen opens at its top; Back (or Forward) returns to where that screen was scrolled.
 * `containerId` names the element that scrolls (the shell's <main>).
 */
export function useScrollMemory(containerId: string): void {
  const location = useLocation();
  const navigation = useNavigationType();
  const key = useRef(location.key);

  useEffect(() => {
    const el = document.getElementById(containerId);
    if (!el) return;
    const remember = () => positions.set(key.current, el.scrollTop);
    el.addEventListener('scroll', remember, { passive: true });
    return () => el.removeEventListener('scroll', remember);
  }, [containerId]);

  useLayoutEffect(() => {
    key.current = location.key;
    const el = document.getElementById(containerId);
    if (!el) return;
    const saved = navigation === 'POP' ? positions.get(location.key) : undefined;
    el.scrollTop = 0;
    if (saved === undefined) return;
    // The screen may still be loading: try again once it has rendered.
    let tries = 0;
    const restore = () => {
      el.scrollTop = saved;
      if (el.scrollTop < saved && tries++ < 20) frame = requestAnimationFrame(restore);
    };
    let frame = requestAnimationFrame(restore);
    return () => cancelAnimationFrame(frame);
  }, [location.key, navigation, containerId]);
}
