import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const notYet = (): never => {
  throw new AppError('INTERNAL', 'Not available in this build yet.');
};

export const backupHandlers: HandlersFor<'backups'> = {
  'backups.list': notYet,
  'backups.create': notYet,
  'backups.progress': notYet,
  'backups.setFolder': notYet,
  'backups.inspect': notYet,
  'backups.restore': notYet,
};
