import type { z } from 'zod';

/** One API method: its validated input and (as a type only) its output. */
export interface MethodSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  readonly input: Input;
  readonly summary: string;
  /** Phantom: carries the output type, never set at run time. */
  readonly output?: Output;
}

export function method<Output>() {
  return <Input extends z.ZodType>(input: Input, summary: string): MethodSpec<Input, Output> => ({
    input,
    summary,
  });
}
