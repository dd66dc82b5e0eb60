/**
 * GitHub REST responses for the public account "octocat", as GitHub serves them (api version
 * 2022-11-28), trimmed to a few repositories and with most of the per-repo `*_url` templates removed.
 * Replayed by github.test.ts from a local 127.0.0.1 server; the test never reaches the internet.
 */
const repo = (r: Record<string, unknown>) => ({
  private: false,
  owner: { login: 'octocat', id: 583231, type: 'User', site_admin: false, html_url: 'https://github.com/octocat' },
  url: `https://api.github.com/repos/octocat/${r.name}`,
  languages_url: `https://api.github.com/repos/octocat/${r.name}/languages`,
  homepage: '',
  size: 1,
  watchers_count: r.stargazers_count,
  has_issues: true,
  forks_count: 0,
  archived: false,
  disabled: false,
  license: null,
  visibility: 'public',
  default_branch: 'master',
  ...r,
});

export const OCTOCAT_REPOS_PAGE_1 = [
  repo({
    id: 1300192,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMzAwMTky',
    name: 'Spoon-Knife',
    full_name: 'octocat/Spoon-Knife',
    html_url: 'https://github.com/octocat/Spoon-Knife',
    description: 'This repo is for demonstration purposes only.',
    fork: false,
    created_at: '2011-01-27T19:30:43Z',
    updated_at: '2026-03-28T04:03:54Z',
    pushed_at: '2024-08-21T15:25:42Z',
    stargazers_count: 13702,
    language: 'HTML',
    forks_count: 156756,
    open_issues_count: 20434,
    topics: [],
    default_branch: 'main',
  }),
  repo({
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name: 'Hello-World',
    full_name: 'octocat/Hello-World',
    html_url: 'https://github.com/octocat/Hello-World',
    description: 'My first repository on GitHub!',
    fork: false,
    created_at: '2011-01-26T19:01:12Z',
    updated_at: '2026-03-28T05:45:52Z',
    pushed_at: '2024-08-11T17:05:38Z',
    stargazers_count: 3112,
    language: null,
    open_issues_count: 1650,
    topics: [],
  }),
];

export const OCTOCAT_REPOS_PAGE_2 = [
  repo({
    id: 1892038,
    node_id: 'MDEwOlJlcG9zaXRvcnkxODkyMDM4',
    name: 'linguist',
    full_name: 'octocat/linguist',
    html_url: 'https://github.com/octocat/linguist',
    description:
      "Language Savant. If your repository's language is being reported incorrectly, send us a pull request!",
    fork: true,
    created_at: '2016-08-02T17:35:14Z',
    updated_at: '2025-11-02T09:41:31Z',
    pushed_at: '2023-12-12T22:05:23Z',
    stargazers_count: 192,
    language: 'Ruby',
    topics: [],
  }),
  repo({
    id: 18221276,
    node_id: 'MDEwOlJlcG9zaXRvcnkxODIyMTI3Ng==',
    name: 'git-consortium',
    full_name: 'octocat/git-consortium',
    html_url: 'https://github.com/octocat/git-consortium',
    description: 'This repo is for demonstration purposes only.',
    fork: false,
    created_at: '2014-03-28T17:55:38Z',
    updated_at: '2026-02-20T07:15:44Z',
    pushed_at: '2018-08-28T10:28:39Z',
    stargazers_count: 27,
    language: null,
    topics: ['demo', 'git'],
  }),
];

export const LANGUAGES: Record<string, Record<string, number>> = {
  'Spoon-Knife': { HTML: 355, CSS: 256 },
  'Hello-World': {},
  'git-consortium': {},
};

export const NOT_FOUND = {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest/repos/repos#list-repositories-for-a-user',
  status: '404',
};
export const RATE_LIMITED = {
  message:
    "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
  documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
};
