import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';

/** One typed call into core: the shape of the transport, of the unlocked vault's call and of the tests' fake core. */
export type Invoke = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
