import { Briefcase, FileText, KanbanSquare, Settings, Trophy, UserRound, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  path: string;
  label: string;
  icon: LucideIcon;
  /** Loaded on first visit, so the window opens without parsing every screen's code. */
  screen: LazyExoticComponent<ComponentType>;
  /** Shown in the sidebar (areas); nested screens set this to false. */
  nav: boolean;
}

const screen = <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  lazy(async () => ({ default: pick(await load()) }));

/** Every screen of the app. The sidebar lists the areas in this order; Ctrl/⌘+1…6 jump to them. */
export const routes: AppRoute[] = [
  {
    path: '/profile',
    label: 'Profile',
    icon: UserRound,
    screen: screen(
      () => import('../features/profile/ProfileScreen'),
      (m) => m.ProfileScreen,
    ),
    nav: true,
  },
  {
    path: '/jobs',
    label: 'Jobs',
    icon: Briefcase,
    screen: screen(
      () => import('../features/jobs/JobsScreen'),
      (m) => m.JobsScreen,
    ),
    nav: true,
  },
  {
    path: '/matches',
    label: 'Best matches',
    icon: Trophy,
    screen: screen(
      () => import('../features/match/BestMatchesScreen'),
      (m) => m.BestMatchesScreen,
    ),
    nav: true,
  },
  {
    path: '/documents',
    label: 'Documents',
    icon: FileText,
    screen: screen(
      () => import('../features/documents/DocumentsScreen'),
      (m) => m.DocumentsScreen,
    ),
    nav: true,
  },
  {
    path: '/applications',
    label: 'Applications',
    icon: KanbanSquare,
    screen: screen(
      () => import('../features/applications/ApplicationsScreen'),
      (m) => m.ApplicationsScreen,
    ),
    nav: true,
  },
  {
    path: '/settings',
    label: 'Settings',
    icon: Settings,
    screen: screen(
      () => import('../features/settings/SettingsScreen'),
      (m) => m.SettingsScreen,
    ),
    nav: true,
  },
];
