import type { HandlersFor } from '../context';
import { recover, rekey, renewRecoveryKey } from './keyLifecycle';

export const vaultHandlers: HandlersFor<'vault'> = {
  'vault.status': (_input, { vault }) => vault.status(),
  'vault.create': (input, { vault }) => vault.create(input.passphrase, input.language),
  'vault.unlock': (input, { vault }) => vault.unlock(input),
  'vault.lock': (_input, { vault }) => vault.lock(),
  'vault.touch': (_input, { vault }) => vault.touch(),
  'vault.changePassphrase': async (input, { vault }) => {
    await vault.changePassphrase(input.currentPassphrase, input.newPassphrase);
    return { changed: true as const };
  },
  'vault.recover': (input, { vault }) => recover(vault, input.recoveryKey, input.newPassphrase),
  'vault.newRecoveryKey': (input, { vault }) => renewRecoveryKey(vault, input.passphrase),
  'vault.rekey': (input, { vault }) => rekey(vault, input.passphrase),
};
