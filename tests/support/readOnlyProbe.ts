// Child process of the read-only test: unlock a vault it may only read, read it, try to change it.
import { createCore } from '../../electron/core/index';

const [vaultDir, passphrase] = process.argv.slice(2) as [string, string];
const core = createCore(vaultDir);
const status = await core.dispatch('vault.unlock', { passphrase });
if (!status.ok) {
  process.stderr.write(`unlock failed: ${status.error.code}\n`);
  process.exit(3);
}
const list = await core.dispatch('clients.list', {});
const change = await core.dispatch('clients.create', { firstName: 'Mag', lastName: 'Niet' });
process.stdout.write(
  JSON.stringify({
    readOnly: (status.value as { readOnly: boolean }).readOnly,
    clients: list.ok ? (list.value as { total: number }).total : list.error.code,
    change: change.ok ? 'written' : change.error.code,
  }),
);
core.vault.lock();
