import type { ApiError } from '../../../shared/errors';

/** Core's refusal of a read, carried through the cache so the screen gets the ApiError back. */
export class CoreError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.code);
    this.name = 'CoreError';
  }
}
