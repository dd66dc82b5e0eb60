/** On-demand rewrites: one bullet, the summary, or a LinkedIn "About" text. */
export const REWRITE_VERSION = 'rewrite-1';

export const REWRITE_PROMPTS = {
  bullet: `Rewrite the bullet in <target> as one stronger sentence for the job in <job_posting>, using only what its cited facts state. Return the text and its factIds.`,
  summary: `Rewrite the CV summary in <target> as 2 to 4 sentences for the job in <job_posting>, using only the facts in <profile_facts>. Return the text and the factIds it uses.`,
  'linkedin-about': `Write a LinkedIn "About" section (first person, 3 short paragraphs) from the facts in <profile_facts>. Return the text and the factIds it uses.`,
} as const;
