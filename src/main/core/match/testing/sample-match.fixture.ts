import { Profile } from '../../../../shared/domain/profile';

/** A small, fully made-up profile and job used by the match tests (golden explanation). */
export const SAMPLE_PROFILE = Profile.parse({
  basics: { name: 'Ada Example', label: 'Backend Engineer', location: { city: 'Berlin', countryCode: 'DE' } },
  work: [
    {
      id: 'w1',
      name: 'Acme GmbH',
      position: 'Senior Backend Engineer',
      startDate: '2020-01',
      highlights: [
        { id: 'w1h1', text: 'Built Python services with FastAPI and PostgreSQL serving 2M requests a day' },
        { id: 'w1h2', text: 'Moved deployments to Docker and Kubernetes on Amazon EKS' },
        { id: 'w1h3', text: 'Mentored four engineers and ran code reviews' },
      ],
    },
    {
      id: 'w2',
      name: 'Beta Ltd',
      position: 'Software Developer',
      startDate: '2016-06',
      endDate: '2019-12',
      highlights: [{ id: 'w2h1', text: 'Wrote Django REST APIs and Celery jobs; introduced pytest' }],
    },
  ],
  education: [
    {
      id: 'e1',
      institution: 'TU Example',
      studyType: 'Bachelor',
      area: 'Computer Science',
      startDate: '2012',
      endDate: '2016',
    },
  ],
  skills: [{ id: 's1', name: 'Languages', keywords: ['Python', 'Go', 'SQL'] }],
  languages: [
    { id: 'l1', language: 'English', fluency: 'Fluent' },
    { id: 'l2', language: 'German', fluency: 'Native' },
  ],
});

export const SAMPLE_JOB = {
  title: 'Senior Python Engineer',
  text: `About us
We build logistics software.

Requirements
- 5+ years of experience with Python
- Strong SQL and PostgreSQL skills
- Experience with Kafka
- Fluent English
- Bachelor's degree in Computer Science or equivalent experience

Nice to have
- Go or Rust
- Terraform is a plus

Location: Berlin (hybrid)
Salary: €70,000 - €85,000 per year`,
};
