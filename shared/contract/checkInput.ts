import type { z } from 'zod';
import type { ApiError } from '../errors';
import { contract, isMethodName, type MethodName } from './index';

/** Anything larger is refused before parsing: no method needs more than a long session note or two. */
export const maxInputBytes = 2 * 1024 * 1024;

export type CheckedInput = { ok: true; method: MethodName; value: unknown } | { ok: false; error: ApiError };

function invalid(field: string, reason: string, message: string): CheckedInput {
  return { ok: false, error: { code: 'INVALID_INPUT', field, reason, message } };
}

function firstIssue(error: z.ZodError): ApiError {
  const issue = error.issues[0]!;
  let path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path = [...path, issue.keys[0]];
  const field = path.join('.');
  const reason = issue.code === 'custom' || issue.code === 'invalid_format' ? issue.message : issue.code;
  return { code: 'INVALID_INPUT', field, reason, message: `${field || 'input'}: ${issue.message}` };
}

/**
 * The contract's check of a call before anything runs: a known method, plain JSON, not too big,
 * an input its schema accepts. Core's dispatch and the renderer tests' fake core both ask here.
 */
export function checkInput(method: unknown, input: unknown): CheckedInput {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return invalid('method', 'unknown_method', 'There is no such method.');
  }
  let size: number;
  try {
    size = new TextEncoder().encode(JSON.stringify(input ?? {}) ?? '').length;
  } catch {
    return invalid('', 'not_json', 'The input is not plain JSON.');
  }
  if (size > maxInputBytes) return invalid('', 'too_big', 'The input is too large.');
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  return { ok: true, method, value: parsed.data };
}
