import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';

const notYet = (): never => {
  throw new AppError('INTERNAL', 'Not available in this build yet.');
};

export const privacyHandlers: HandlersFor<'exports'> & HandlersFor<'erasure'> & HandlersFor<'retention'> = {
  'exports.client': notYet,
  'exports.clientSummary': notYet,
  'exports.practice': notYet,
  'erasure.check': notYet,
  'erasure.erase': notYet,
  'retention.list': notYet,
};
