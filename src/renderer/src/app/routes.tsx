import { Briefcase, FileText, KanbanSquare, Settings, Trophy, UserRound, type LucideIcon } from 'lucide-react';
import type { ReactElement } from 'react';
import { ApplicationsScreen } from '../features/applications/ApplicationsScreen';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { JobsScreen } from '../features/jobs/JobsScreen';
import { BestMatchesScreen } from '../features/match/BestMatchesScreen';
import { ProfileScreen } from '../features/profile/ProfileScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

export interface AppRoute {
  path: string;
  label: string;
  icon: LucideIcon;
  element: ReactElement;
  /** Shown in the sidebar (areas); nested screens set this to false. */
  nav: boolean;
}

/** Every screen of the app. The sidebar lists the areas in this order; Ctrl/⌘+1…5 jump to them. */
export const routes: AppRoute[] = [
  { path: '/profile', label: 'Profile', icon: UserRound, element: <ProfileScreen />, nav: true },
  { path: '/jobs', label: 'Jobs', icon: Briefcase, element: <JobsScreen />, nav: true },
  { path: '/documents', label: 'Documents', icon: FileText, element: <DocumentsScreen />, nav: true },
  { path: '/applications', label: 'Applications', icon: KanbanSquare, element: <ApplicationsScreen />, nav: true },
  { path: '/settings', label: 'Settings', icon: Settings, element: <SettingsScreen />, nav: true },
  { path: '/matches', label: 'Best matches', icon: Trophy, element: <BestMatchesScreen />, nav: true },
];
