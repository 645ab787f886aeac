import type { z } from 'zod';
import { clientMethods } from './clients';
import { practiceMethods } from './practice';
import { vaultMethods } from './vault';

/** Every method Traject has. A method that is not here does not exist. */
export const contract = {
  ...vaultMethods,
  ...practiceMethods,
  ...clientMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Client, ClientList, ClientFields } from './clients';
export type { Practice } from './practice';
export type { VaultStatus, VaultState } from './vault';
