import { Suspense, useEffect } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { Toaster, notify } from '../components/ui/toaster';
import { api } from '../lib/api';
import { Sidebar } from './Sidebar';
import { routes } from './routes';
import { useSettings } from '../features/settings/settings-store';
import { useScrollMemory } from './use-scroll-memory';
import { useAreaShortcuts } from './use-shortcuts';
import { useTheme } from './use-theme';

function Shell() {
  const theme = useSettings((s) => s.settings.theme);
  const load = useSettings((s) => s.load);
  useTheme(theme);
  useAreaShortcuts();
  useScrollMemory('main');
  useEffect(() => {
    void load();
    return api.on('notification', notify);
  }, [load]);

  return (
    <div className="flex h-full">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        Skip to content
      </a>
      <Sidebar />
      <main id="main" tabIndex={-1} className="flex-1 overflow-y-auto outline-none">
        <Suspense fallback={<p className="p-8 text-sm text-fg-muted">Loading…</p>}>
          <Routes>
            {routes.map((route) => (
              <Route key={route.path} path={route.path} element={<route.screen />} />
            ))}
            <Route path="*" element={<Navigate to="/profile" replace />} />
          </Routes>
        </Suspense>
      </main>
      <Toaster />
    </div>
  );
}

export function App() {
  return (
    <HashRouter>
      <Shell />
    </HashRouter>
  );
}
