import { WifiOff } from 'lucide-react';
import { Link, NavLink } from 'react-router';
import { useSettings } from '../features/settings/settings-store';
import { cn } from '../lib/cn';
import { routes } from './routes';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function Sidebar() {
  const offline = useSettings((s) => s.settings.offlineMode);
  const loopback = useSettings((s) => s.settings.offlineAllowsLoopback);
  return (
    <nav aria-label="Main" className="flex w-56 shrink-0 flex-col gap-1 border-r border-border bg-surface p-3">
      <div className="mb-4 flex items-center gap-2 px-2 pt-2">
        <span
          aria-hidden
          className="grid size-7 place-items-center rounded-md bg-accent text-sm font-bold text-accent-fg"
        >
          J
        </span>
        <span className="text-base font-semibold">Jobsmith</span>
      </div>
      <ul className="flex flex-col gap-1">
        {routes
          .filter((r) => r.nav)
          .map((route, index) => (
            <li key={route.path}>
              <NavLink
                to={route.path}
                title={`${route.label} (${isMac ? '⌘' : 'Ctrl+'}${index + 1})`}
                className={({ isActive }) =>
                  cn(
                    'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-fg-muted hover:bg-muted hover:text-fg',
                    isActive && 'bg-muted text-fg',
                  )
                }
              >
                <route.icon className="size-4" aria-hidden />
                {route.label}
              </NavLink>
            </li>
          ))}
      </ul>
      <div className="mt-auto flex flex-col gap-2">
        {offline ? (
          <Link
            to="/settings"
            role="status"
            className="flex items-start gap-2 rounded-md border border-warning/50 bg-warning/10 px-2 py-1.5 text-xs text-fg hover:bg-warning/20"
            title="Change in Settings"
          >
            <WifiOff className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden />
            <span>
              <span className="font-semibold">Offline mode is on.</span>{' '}
              {loopback ? 'Only servers on this computer are reached.' : 'Jobsmith contacts no one.'}
            </span>
          </Link>
        ) : null}
        <p className="px-2 text-xs text-fg-muted">Your data stays on this computer.</p>
      </div>
    </nav>
  );
}
