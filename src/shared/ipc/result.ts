import { z } from 'zod';

/** Error codes that can cross the boundary. A person-readable `message` always comes with one. */
export const ErrorCode = z.enum([
  'VALIDATION', // the input did not match the contract
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'BAD_INPUT', // a file or page that cannot be used (corrupt, encrypted, too big...)
  'TIMEOUT',
  'NETWORK',
  'OFFLINE',
  'RATE_LIMITED',
  'BUDGET',
  'QUOTA', // a provider account with no credit left: retrying will not help
  'CANCELLED',
  'PROVIDER',
  'DATABASE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; error: AppErrorShape };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, details?: unknown): Err => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/**
 * The one error type that services throw on purpose. The dispatcher turns it into `{ok:false}`;
 * anything else becomes INTERNAL with a generic message (the details go to the log, not the UI).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Renders a zod error as one sentence that names the field, e.g. `basics.email: Invalid email`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}
