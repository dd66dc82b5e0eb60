import { CV_WRITE_VERSION } from './cv-write.prompt';
import { LETTER_WRITE_VERSION } from './letter-write.prompt';
import { REWRITE_VERSION } from './rewrite.prompt';
import { SHARED_RULES_VERSION } from './shared-rules.prompt';

/**
 * The prompts live in this folder, one file per prompt, each with its version. A run stores
 * PROMPT_VERSION, so the text that wrote a document can always be told apart.
 */
export const PROMPT_VERSION = [SHARED_RULES_VERSION, CV_WRITE_VERSION, LETTER_WRITE_VERSION, REWRITE_VERSION].join('+');
/** The version stored with runs that used no model (template letter, the user's own words). */
export const NO_MODEL_VERSION = 'no-model-1';

export { CV_WRITE_PROMPT } from './cv-write.prompt';
export { LETTER_WRITE_PROMPT } from './letter-write.prompt';
export { REWRITE_PROMPTS } from './rewrite.prompt';
export { SHARED_RULES } from './shared-rules.prompt';
