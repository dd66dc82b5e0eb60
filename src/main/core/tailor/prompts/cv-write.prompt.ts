/** The CV rewrite: the summary and the selected bullets in the job's vocabulary. */
export const CV_WRITE_VERSION = 'cv-write-1';

export const CV_WRITE_PROMPT = `Rewrite the candidate's CV summary and the listed bullets for the job in <job_posting>.
- summary: 2 to 4 sentences, each with the factIds it rests on.
- bullets: one entry per bullet listed in <bullets_to_rewrite>, with its id as sourceId, one sentence each, using the job's vocabulary where the cited fact supports it, with the factIds it rests on (normally the bullet's own id).
Do not invent bullets. Omit a bullet rather than add anything its facts do not say.`;
