import type { HandlersFor } from '../context';
import { readPractice, writePractice } from './repository';

export const practiceHandlers: HandlersFor<'practice'> = {
  'practice.get': (_input, { vault }) => readPractice(vault.db()),
  'practice.update': (input, { vault }) => {
    const db = vault.db();
    return db.transaction(() => writePractice(db, input))();
  },
};
