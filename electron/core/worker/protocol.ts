import { z } from 'zod';
import { errorCodes, type ApiError, type Result } from '../../../shared/errors';

/**
 * The messages between the Electron shell and the core running in a process of its own. Every call
 * carries an id and gets exactly one answer with that id, so answers can arrive in any order.
 *
 *   shell → core   start {options} (once, after ready), call {id, method, input}, lock {id, reason}
 *   core → shell   ready (listening), answer {id, result}
 *
 * Both sides parse what they receive: a malformed message is never acted upon.
 */
export const coreStartOptionsSchema = z
  .object({
    vaultDir: z.string().min(1),
    fontDir: z.string().min(1).optional(),
    nativeBinding: z.string().min(1).optional(),
  })
  .strict();
export type CoreStartOptions = z.infer<typeof coreStartOptionsSchema>;

const callId = z.number().int().positive();
export const lockReasonSchema = z.enum(['manual', 'auto', 'quit']);

export const coreRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), options: coreStartOptionsSchema }).strict(),
  // The method is checked by dispatch itself, so a wrong one gets the same answer as in one process.
  z.object({ kind: z.literal('call'), id: callId, method: z.unknown(), input: z.unknown() }).strict(),
  z.object({ kind: z.literal('lock'), id: callId, reason: lockReasonSchema }).strict(),
]);
export type CoreRequest = z.infer<typeof coreRequestSchema>;

const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  field: z.string().optional(),
  reason: z.string().optional(),
});

const resultSchema = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: apiErrorSchema })]);

export const coreAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('answer'), id: callId, result: resultSchema }),
]);
export type CoreAnswer = { kind: 'ready' } | { kind: 'answer'; id: number; result: Result<unknown> };

/** What a pending call gets when the core process ends before answering. */
export function coreStopped(exitCode: number | null): ApiError {
  return {
    code: 'INTERNAL',
    reason: 'core_stopped',
    message: `Traject's data process stopped unexpectedly (exit code ${exitCode ?? 'none'}); the vault is locked. Unlock it and check that your last change was kept.`,
  };
}

/** A message that could not be sent as it is (a function, a symbol...): plain data only crosses. */
export const notPlainData: ApiError = { code: 'INVALID_INPUT', field: '', reason: 'not_json', message: 'The input is not plain JSON.' };

/** The one side of the line each end holds: send, and hear what comes back. */
export interface CorePort<Out> {
  send(message: Out): void;
  onMessage(listener: (message: unknown) => void): void;
}
