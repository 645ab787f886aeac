import { createContext, useContext } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';

/** Handing the device over: what core needs, and the words the practitioner sees on return. */
export interface HandOver {
  request: InputOf<'clientMode.start'>;
  /** Kept in memory only, for the note after leaving: whose answers, to which questionnaire. */
  names: { participant: string; questionnaire: string };
}

export interface ClientModeApi {
  /** Start client mode; returns core's refusal, or null once the client screen is on. */
  start: (handOver: HandOver) => Promise<ApiError | null>;
}

export const ClientModeContext = createContext<ClientModeApi | null>(null);

/** Outside the open vault's screens (tests, vault screens) there is no client mode to start. */
export function useClientMode(): ClientModeApi | null {
  return useContext(ClientModeContext);
}
