import { KanbanSquare } from 'lucide-react';
import { EmptyState } from '../../components/ui/empty-state';
import { Page } from '../../components/ui/page';

export function ApplicationsScreen() {
  return (
    <Page title="Applications" description="Every application from first contact to offer.">
      <EmptyState icon={KanbanSquare} title="Nothing to track yet">
        When you apply for a job, it appears here so you can follow it through interviews to an offer.
      </EmptyState>
    </Page>
  );
}
