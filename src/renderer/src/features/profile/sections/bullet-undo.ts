import { createContext } from 'react';
import type { Highlight } from '../../../../../shared/domain/profile';

/** Offered a bullet that was just removed (entry id, field, bullet, position), to give it an Undo. None in the import review. */
export const BulletUndoContext = createContext<
  ((entryId: string, field: string, bullet: Highlight, index: number) => void) | null
>(null);
