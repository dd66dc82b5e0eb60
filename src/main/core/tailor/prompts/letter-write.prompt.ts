/** The cover letter body: tone, length and the user's key points. */
export const LETTER_WRITE_VERSION = 'letter-write-1';

export const LETTER_WRITE_PROMPT = `Write the body of a cover letter for the job in <job_posting>, for the role and company named in <application>.
- Tone: {tone}. Length: {paragraphs} paragraphs of 2 to 4 sentences.
- Stress the facts listed in <key_points> first.
- Each paragraph lists the factIds of every fact it uses. Do not write the greeting or the sign-off.`;
