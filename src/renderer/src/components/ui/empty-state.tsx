import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** What a new user sees before there is anything: what this area is for and what to do first. */
export function EmptyState({ icon: Icon, title, children, action }: EmptyStateProps) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 rounded-lg border border-dashed border-border p-10 text-center">
      <Icon className="size-10 text-fg-muted" aria-hidden />
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="text-sm text-fg-muted">{children}</div>
      {action}
    </div>
  );
}
