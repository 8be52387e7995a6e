/** Stable error codes: the router returns them, the renderer translates them (`errors.<code>`). */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_request',
  'not_found',
  'forbidden',
  'cannot_restore',
  'undo_expired',
  'read_only',
  'internal'
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure a service raises on purpose; anything else becomes `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message?: string } };
