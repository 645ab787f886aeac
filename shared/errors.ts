/** Every error a caller can see. The renderer translates the code; `message` is English for the CLI and logs. */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'VAULT_ABSENT',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_MISTYPED',
  'KEY_FILE_DAMAGED',
  'VAULT_FROM_NEWER_VERSION',
  'DATABASE_DAMAGED',
  'DISK_FULL',
  'READ_ONLY',
  'BACKUP_DAMAGED',
  'BACKUP_KEY_NEEDED',
  'BACKUP_FROM_OTHER_VAULT',
  'BUSY',
  'CLIENT_MODE',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the input field at fault, e.g. `firstName` or `ratings.0.value`. */
  field?: string;
  /** Machine-readable reason for INVALID_INPUT: too_big, too_small, invalid_type, unrecognized_keys, ... */
  reason?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside core; dispatch turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    if (this.reason !== undefined) error.reason = this.reason;
    return error;
  }
}
