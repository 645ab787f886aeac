import type { MethodName } from '../../../shared/contract';
import { AppError, type ApiError } from '../../../shared/errors';
import type { Vault } from '../vault/vault';

/** What the device was handed over for: one participant, one questionnaire, maybe one session. */
export interface ClientMode {
  trajectoryId: number;
  participantId: number;
  sessionId: number | null;
  questionnaireKey: string;
  questionnaireVersion: number;
  /** Set once the client's answers are stored. */
  responseId: number | null;
}

/** The few methods the client screen needs; everything else waits until the practitioner is back. */
const openInClientMode: ReadonlySet<MethodName> = new Set<MethodName>([
  'clientMode.status',
  'clientMode.questionnaire',
  'clientMode.submit',
  'clientMode.leave',
  'vault.status',
  'vault.touch',
  'vault.lock',
]);

const modes = new WeakMap<Vault, ClientMode>();

/**
 * Client mode lasts as long as the vault stays open: a lock (by hand, by the system or when left
 * alone) ends it. Every unlock comes through dispatch, which asks this first, so an unlock never
 * finds client mode still on.
 */
export function clientModeOf(vault: Vault): ClientMode | null {
  if (!vault.isUnlocked()) {
    modes.delete(vault);
    return null;
  }
  return modes.get(vault) ?? null;
}

export function beginClientMode(vault: Vault, mode: ClientMode): void {
  modes.set(vault, mode);
}

export function endClientMode(vault: Vault): void {
  modes.delete(vault);
}

/** The client mode a client-screen method works in; outside client mode there is nothing to answer. */
export function requireClientMode(vault: Vault): ClientMode {
  const mode = clientModeOf(vault);
  if (!mode) throw new AppError('CONFLICT', 'Client mode is not on.', undefined, 'not_in_client_mode');
  return mode;
}

/** The dispatch gate: while a client holds the device, a method outside the few it needs is refused unread. */
export function refusedInClientMode(vault: Vault, method: MethodName): ApiError | null {
  if (openInClientMode.has(method) || !clientModeOf(vault)) return null;
  return { code: 'CLIENT_MODE', message: 'Client mode is on: only the questionnaire can be used until the practitioner leaves it.' };
}
