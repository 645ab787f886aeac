import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const notYet = (): never => {
  throw new AppError('INTERNAL', 'Not available in this build yet.');
};

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.list': notYet,
  'audit.verify': notYet,
};
