import { Briefcase } from 'lucide-react';
import { EmptyState } from '../../components/ui/empty-state';
import { Page } from '../../components/ui/page';

export function JobsScreen() {
  return (
    <Page title="Jobs" description="Postings you are considering, with an explainable match for each.">
      <EmptyState icon={Briefcase} title="No jobs yet">
        Save a posting you are interested in: paste its text, give its URL, or follow a company's job board. Fill in your
        profile first so every job gets a match.
      </EmptyState>
    </Page>
  );
}
