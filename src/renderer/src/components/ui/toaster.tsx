import * as Toast from '@radix-ui/react-toast';
import { CheckCircle2, Info, TriangleAlert, XCircle, X } from 'lucide-react';
import { create } from 'zustand';
import type { Notification } from '../../../../shared/contract';
import { cn } from '../../lib/cn';

/** A toast: the core's notification, optionally with one action (e.g. Undo) and its own duration. */
export interface ToastInput extends Notification {
  action?: { label: string; run(): void };
  durationMs?: number;
}

interface ToastItem extends ToastInput {
  id: number;
}

interface ToastState {
  items: ToastItem[];
  push(toast: ToastInput): void;
  dismiss(id: number): void;
}

let nextId = 1;
export const useToasts = create<ToastState>((set) => ({
  items: [],
  push: (toast) => set((s) => ({ items: [...s.items.slice(-4), { ...toast, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ items: s.items.filter((t) => t.id !== id) })),
}));

export const notify = (toast: ToastInput) => useToasts.getState().push(toast);

const icons = { info: Info, success: CheckCircle2, warning: TriangleAlert, error: XCircle };
const tones = { info: 'text-accent', success: 'text-success', warning: 'text-warning', error: 'text-danger' };

export function Toaster() {
  const { items, dismiss } = useToasts();
  return (
    <Toast.Provider swipeDirection="right" duration={6000}>
      {items.map((t) => {
        const Icon = icons[t.level];
        return (
          <Toast.Root
            key={t.id}
            type={t.level === 'error' || t.action ? 'foreground' : 'background'}
            {...(t.durationMs ? { duration: t.durationMs } : {})}
            onOpenChange={(open) => !open && dismiss(t.id)}
            className="flex items-start gap-3 rounded-lg border border-border bg-surface p-4 shadow-lg"
          >
            <Icon className={cn('mt-0.5 size-5 shrink-0', tones[t.level])} aria-hidden />
            <div className="flex-1">
              <Toast.Title className="text-sm font-semibold">{t.title}</Toast.Title>
              {t.body ? <Toast.Description className="mt-1 text-sm text-fg-muted">{t.body}</Toast.Description> : null}
            </div>
            {t.action ? (
              <Toast.Action altText={t.action.label} asChild>
                <button
                  type="button"
                  className="rounded-md bg-muted px-3 py-1 text-sm font-medium hover:bg-border"
                  onClick={t.action.run}
                >
                  {t.action.label}
                </button>
              </Toast.Action>
            ) : null}
            <Toast.Close aria-label="Dismiss" className="rounded p-1 text-fg-muted hover:bg-muted">
              <X className="size-4" />
            </Toast.Close>
          </Toast.Root>
        );
      })}
      <Toast.Viewport className="fixed bottom-4 right-4 z-50 flex w-96 max-w-[100vw] flex-col gap-2 outline-none" />
    </Toast.Provider>
  );
}
