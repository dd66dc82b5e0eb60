import { FileText } from 'lucide-react';
import { EmptyState } from '../../components/ui/empty-state';
import { Page } from '../../components/ui/page';

export function DocumentsScreen() {
  return (
    <Page title="Documents" description="Tailored CVs and cover letters, ready to export as PDF or DOCX.">
      <EmptyState icon={FileText} title="No documents yet">
        Once your profile is filled in and a job is saved, Jobsmith writes a CV and cover letter tailored to it, and checks
        every claim against your profile.
      </EmptyState>
    </Page>
  );
}
