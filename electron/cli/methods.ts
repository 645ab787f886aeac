import { z } from 'zod';
import { contract } from '../../shared/contract';

/** Every method with its summary and its input as JSON Schema. */
export function describeMethods(): Record<string, { summary: string; input: unknown }> {
  return Object.fromEntries(
    Object.entries(contract).map(([name, spec]) => [
      name,
      { summary: spec.summary, input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) },
    ]),
  );
}
