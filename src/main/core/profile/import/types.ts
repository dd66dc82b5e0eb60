import type { Profile } from '../../../../shared/domain/profile';

/** Every format the importer understands. */
export type ImportFormat =
  'pdf' | 'europass-pdf' | 'docx' | 'txt' | 'markdown' | 'json-resume' | 'reactive-resume' | 'linkedin-zip' | 'github';

/** What every reader returns: a profile plus what the review screen needs to show it honestly. */
export interface ImportResult {
  format: ImportFormat;
  profile: Profile;
  /** The document's text in reading order, shown beside the parsed profile on the review screen. */
  text: string;
  /**
   * Paths of fields the parser was unsure of, in dot form over the profile
   * (e.g. `basics.name`, `work.2.startDate`, `skills`). The review screen highlights them.
   */
  uncertain: string[];
  /** Things a person should know (e.g. "page 3 had no text layer"). */
  warnings: string[];
}
