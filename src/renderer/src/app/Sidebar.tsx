import { NavLink } from 'react-router';
import { cn } from '../lib/cn';
import { routes } from './routes';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function Sidebar() {
  return (
    <nav aria-label="Main" className="flex w-56 shrink-0 flex-col gap-1 border-r border-border bg-surface p-3">
      <div className="mb-4 flex items-center gap-2 px-2 pt-2">
        <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent text-sm font-bold text-accent-fg">
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
      <p className="mt-auto px-2 text-xs text-fg-muted">Your data stays on this computer.</p>
    </nav>
  );
}
