/**
 * Reproductions of each ATS job-board API's documented response shape (field names, nesting, value
 * formats such as Greenhouse's entity-encoded HTML and Lever's millisecond timestamps), trimmed to
 * two postings each. Tests and e2e replay them from a 127.0.0.1 server.
 */
export const ATS_RECORDINGS: Record<string, { path: string; body: unknown }[]> = {
  // Greenhouse: the list without `content=true` (as fetched now), then one job per id with
  // `pay_transparency=true`. Field names, the entity-encoded HTML and `pay_input_ranges`
  // ({min_cents, max_cents, currency_type, title, blurb}) follow responses captured from
  // boards-api.greenhouse.io in public test suites (e.g. a cleoai board with `pay_input_ranges: []`).
  greenhouse: [
    {
      path: '/v1/boards/acme/jobs',
      body: {
        jobs: [
          { absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4012345', data_compliance: [{ type: 'gdpr', requires_consent: false, requires_processing_consent: false, requires_retention_consent: false, retention_period: null }], internal_job_id: 3011111, location: { name: 'Remote - Europe' }, metadata: [{ id: 1, name: 'Employment Type', value: 'Full-time', value_type: 'single_select' }], id: 4012345, updated_at: '2026-10-02T09:15:00-04:00', requisition_id: 'ENG-118', title: 'Senior Platform Engineer', company_name: 'Acme Analytics', first_published: '2026-09-28T10:00:00-04:00', language: 'en' },
          { absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4012399', data_compliance: [], internal_job_id: 3011112, location: { name: 'New York, NY' }, metadata: null, id: 4012399, updated_at: '2026-10-01T12:00:00-04:00', requisition_id: null, title: 'Account Executive', company_name: 'Acme Analytics', first_published: '2026-09-30T08:00:00-04:00', language: 'en' },
        ],
        meta: { total: 2 },
      },
    },
    {
      path: '/v1/boards/acme/jobs/4012345',
      body: { absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4012345', internal_job_id: 3011111, location: { name: 'Remote - Europe' }, metadata: [{ id: 1, name: 'Employment Type', value: 'Full-time', value_type: 'single_select' }], id: 4012345, updated_at: '2026-10-02T09:15:00-04:00', requisition_id: 'ENG-118', title: 'Senior Platform Engineer', company_name: 'Acme Analytics', first_published: '2026-09-28T10:00:00-04:00', pay_input_ranges: [{ min_cents: 8500000, max_cents: 11000000, currency_type: 'EUR', title: 'Annual base salary', blurb: '<p>Base salary for this role in Germany.</p>' }], content: '&lt;p&gt;&lt;strong&gt;About Acme&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;We run Kubernetes and Terraform across three clouds.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go or Rust&lt;/li&gt;&lt;/ul&gt;', departments: [{ id: 7, name: 'Engineering', child_ids: [], parent_id: null }], offices: [{ id: 3, name: 'Berlin', location: 'Berlin, Germany', child_ids: [], parent_id: null }] },
    },
    {
      path: '/v1/boards/acme/jobs/4012399',
      body: { absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4012399', internal_job_id: 3011112, location: { name: 'New York, NY' }, metadata: null, id: 4012399, updated_at: '2026-10-01T12:00:00-04:00', requisition_id: null, title: 'Account Executive', company_name: 'Acme Analytics', first_published: '2026-09-30T08:00:00-04:00', pay_input_ranges: [], content: '&lt;p&gt;Sell analytics to enterprise customers.&lt;/p&gt;', departments: [], offices: [] },
    },
  ],
  lever: [{
    path: '/v0/postings/brightwave',
    body: [
      { additional: '<div>We offer a learning budget.</div>', additionalPlain: 'We offer a learning budget.', categories: { commitment: 'Full-time', department: 'Design', location: 'Toronto, ON', team: 'Product Design', allLocations: ['Toronto, ON', 'Montreal, QC'] }, createdAt: 1759320000000, descriptionPlain: 'Design our mobile apps.', description: '<div>Design our mobile apps with Figma.</div>', id: '5d3c1a2b-9f8e-4c1d-8a7b-112233445566', lists: [{ text: 'What you bring', content: '<li>5 years of product design</li><li>A portfolio</li>' }], text: 'Senior Product Designer', country: 'CA', workplaceType: 'hybrid', hostedUrl: 'https://jobs.lever.co/brightwave/5d3c1a2b-9f8e-4c1d-8a7b-112233445566', applyUrl: 'https://jobs.lever.co/brightwave/5d3c1a2b-9f8e-4c1d-8a7b-112233445566/apply', salaryRange: { currency: 'CAD', interval: 'per-year-salary', min: 120000, max: 140000 } },
      { categories: { commitment: 'Contract', department: 'Engineering', location: 'Remote', team: 'Web' }, createdAt: 1759406400000, descriptionPlain: 'Build our marketing site.', description: '<div>Build our marketing site in Astro.</div>', id: '9a8b7c6d-1111-2222-3333-444455556666', lists: [], text: 'Frontend Contractor', workplaceType: 'remote', hostedUrl: 'https://jobs.lever.co/brightwave/9a8b7c6d-1111-2222-3333-444455556666' },
    ],
  }],
  ashby: [{
    path: '/posting-api/job-board/fernhill',
    body: {
      apiVersion: '1',
      jobs: [
        { id: 'b6f0a3e2-7c5d-4f1e-9a2b-0c1d2e3f4a5b', title: 'Machine Learning Engineer', department: 'Research', team: 'Applied ML', employmentType: 'FullTime', location: 'London, UK', secondaryLocations: [{ location: 'Remote (UK)', address: { postalAddress: { addressCountry: 'United Kingdom' } } }], publishedAt: '2026-10-03T14:20:00.000+00:00', isListed: true, isRemote: false, workplaceType: 'Hybrid', address: { postalAddress: { addressLocality: 'London', addressCountry: 'United Kingdom' } }, jobUrl: 'https://jobs.ashbyhq.com/fernhill/b6f0a3e2-7c5d-4f1e-9a2b-0c1d2e3f4a5b', applyUrl: 'https://jobs.ashbyhq.com/fernhill/b6f0a3e2-7c5d-4f1e-9a2b-0c1d2e3f4a5b/application', descriptionHtml: '<p>Train and ship models with PyTorch.</p>', descriptionPlain: 'Train and ship models with PyTorch.', shouldDisplayCompensationOnJobPostings: true, compensation: { compensationTierSummary: '£90K – £120K', scrapeableCompensationSalarySummary: '£90K - £120K', summaryComponents: [{ compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'GBP', minValue: 90000, maxValue: 120000 }] } },
        { id: '0187618d-90f6-43fc-95a8-2e63c8c4e79a', title: 'Strategic Project Associate', department: 'Operations', team: 'Operations', employmentType: 'FullTime', location: 'Mexico | Mexico City', shouldDisplayCompensationOnJobPostings: false, publishedAt: '2026-09-09T18:24:43.544+00:00', isListed: true, isRemote: false, workplaceType: 'OnSite', address: { postalAddress: { addressRegion: 'Ciudad de México', streetAddress: '', addressCountry: 'Mexico', addressLocality: 'Mexico City' } }, jobUrl: 'https://jobs.ashbyhq.com/fernhill/0187618d-90f6-43fc-95a8-2e63c8c4e79a', applyUrl: 'https://jobs.ashbyhq.com/fernhill/0187618d-90f6-43fc-95a8-2e63c8c4e79a/application', descriptionHtml: '<p>Run strategic projects.</p>', descriptionPlain: 'Run strategic projects.', compensation: { compensationTierSummary: 'MXN 400K – 600K', scrapeableCompensationSalarySummary: 'MXN 400K - 600K', compensationTiers: [], summaryComponents: [{ minValue: 400000, maxValue: 600000, currencyCode: 'MXN', interval: '1 YEAR', compensationType: 'Salary' }] } },
        { id: 'c0ffee00-0000-4000-8000-000000000001', title: 'Unlisted Role', employmentType: 'PartTime', location: 'London, UK', publishedAt: '2026-10-01T00:00:00.000+00:00', isListed: false, isRemote: true, jobUrl: 'https://jobs.ashbyhq.com/fernhill/c0ffee00', descriptionHtml: '<p>Hidden.</p>' },
      ],
    },
  }],
  smartrecruiters: [
    {
      path: '/v1/companies/boschgroup/postings',
      body: { offset: 0, limit: 100, totalFound: 1, content: [{ id: '744000012345678', name: 'Embedded Software Engineer (m/f/d)', uuid: '5b0d8c1e-aaaa-bbbb-cccc-ddddeeeeffff', refNumber: 'REF123', company: { identifier: 'BoschGroup', name: 'Bosch Group' }, releasedDate: '2026-10-04T08:00:00.000Z', location: { city: 'Stuttgart', region: 'BW', country: 'de', remote: false, fullLocation: 'Stuttgart, BW, Germany' }, industry: { id: 'automotive', label: 'Automotive' }, department: { label: 'R&D' }, function: { id: 'engineering', label: 'Engineering' }, typeOfEmployment: { id: 'permanent', label: 'Full-time' }, experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' }, ref: 'https://api.smartrecruiters.com/v1/companies/boschgroup/postings/744000012345678', language: { code: 'en', label: 'English' } }] },
    },
    {
      path: '/v1/companies/boschgroup/postings/744000012345678',
      body: { id: '744000012345678', name: 'Embedded Software Engineer (m/f/d)', postingUrl: 'https://jobs.smartrecruiters.com/BoschGroup/744000012345678-embedded-software-engineer-m-f-d-', jobAd: { sections: { companyDescription: { title: 'Company Description', text: '<p>Bosch builds technology for life.</p>' }, jobDescription: { title: 'Job Description', text: '<ul><li>Write C++ for automotive ECUs</li></ul>' }, qualifications: { title: 'Qualifications', text: '<p>AUTOSAR experience</p>' }, additionalInformation: { title: 'Additional Information', text: '<p>Flexible hours</p>' } } } },
    },
  ],
  workable: [{
    path: '/api/v1/widget/accounts/northwind',
    body: { name: 'Northwind Traders', description: '<p>Wholesale food, done right.</p>', jobs: [{ title: 'Data Analyst', shortcode: 'A1B2C3D4E5', code: '', employment_type: 'Full-time', telecommuting: true, department: 'Analytics', url: 'https://apply.workable.com/j/A1B2C3D4E5', shortlink: 'https://apply.workable.com/j/A1B2C3D4E5', application_url: 'https://apply.workable.com/j/A1B2C3D4E5/apply', published_on: '2026-10-02', created_at: '2026-10-01', country: 'Greece', city: 'Athens', state: 'Attica', education: '', experience: 'Mid-Senior level', function: 'Analyst', industry: 'Food Production', locations: [{ country: 'Greece', countryCode: 'GR', city: 'Athens', region: 'Attica', hidden: false }], description: '<p>Turn sales data into decisions with SQL and Looker.</p>' }] },
  }],
  recruitee: [{
    path: '/api/offers/',
    body: { offers: [{ id: 1723456, slug: 'backend-developer-amsterdam', title: 'Backend Developer', description: '<p>Build our Elixir platform.</p>', requirements: '<ul><li>Elixir or Ruby</li></ul>', location: 'Amsterdam, Netherlands', city: 'Amsterdam', country: 'Netherlands', country_code: 'NL', remote: false, hybrid: true, on_site: false, employment_type_code: 'fulltime_permanent', careers_url: 'https://fastned.recruitee.com/o/backend-developer-amsterdam', careers_apply_url: 'https://fastned.recruitee.com/o/backend-developer-amsterdam/c/new', published_at: '2026-10-03 09:30:00 UTC', created_at: '2026-10-01 12:00:00 UTC', company_name: 'Fastned', department: 'Engineering', status: 'published', salary: { min: '60000', max: '75000', currency: 'EUR', period: 'year' }, tags: ['elixir'] }] },
  }],
};
