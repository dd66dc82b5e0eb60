import type { AtsProvider, EmploymentType, RemoteType, Salary } from '../../../../shared/domain/job';

/** One posting as an ATS job-board API returns it, mapped to Jobsmith's fields (description still raw). */
export interface AtsPosting {
  provider: AtsProvider;
  atsId: string;
  title: string;
  company: string;
  locations: string[];
  remote: RemoteType;
  employmentType: EmploymentType | null;
  salary: Salary | null;
  descriptionHtml: string;
  postedAt: string | null;
  url: string | null;
}
