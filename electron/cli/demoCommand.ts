import { AppError } from '../../shared/errors';
import { createCore } from '../core/index';
import type { CliCommand } from './commands';
import { readPassphrase } from './passphrase';

/** `traject demo --vault DIR`: a new vault with a living Dutch practice in it. */
export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'traject demo --vault DIR [--long]       create a vault with a realistic demo practice (--long: and a couple with 100 sessions)',
  options: { long: { type: 'boolean' } },
  async run({ vaultDir, values }) {
    const passphrase = readPassphrase({ passphraseFile: values['passphrase-file'] as string | undefined });
    if (!passphrase) throw new AppError('INVALID_INPUT', 'Set TRAJECT_PASSPHRASE or pass --passphrase-file FILE.', 'passphrase');
    const core = createCore(vaultDir);
    try {
      const created = await core.dispatch('vault.create', { passphrase });
      if (!created.ok) throw new AppError(created.error.code, created.error.message, created.error.field);
      // The recovery key first: if filling the demo fails, the vault still opens.
      process.stderr.write(`Vault created in ${vaultDir}.\nRecovery key (shown once):\n`);
      process.stdout.write(`${(created.value as { recoveryKey: string }).recoveryKey}\n`);
      const seeded = await core.dispatch('demo.seed', { long: values['long'] === true });
      if (!seeded.ok) throw new AppError(seeded.error.code, seeded.error.message, seeded.error.field);
      process.stderr.write(`Demo practice added.\n${JSON.stringify(seeded.value)}\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};
