import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { Clock, Vault } from './vault/vault';

export interface CoreContext {
  vault: Vault;
  clock: Clock;
  /** Where the report fonts are; default resources/fonts of the source tree (a packaged app passes its own). */
  fontDir?: string | undefined;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  ctx: CoreContext,
) => OutputOf<M> | Promise<OutputOf<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** A feature's share of the handler map, checked against the contract. */
export type HandlersFor<Prefix extends string> = {
  [M in MethodName as M extends `${Prefix}.${string}` ? M : never]: Handler<M>;
};
