// Child process for the crash test: writes clients in a loop and acknowledges each committed one on stdout.
import { createCore } from '../../electron/core/index';

const [vaultDir, passphrase] = process.argv.slice(2) as [string, string];
const core = createCore(vaultDir);
const unlocked = await core.dispatch('vault.unlock', { passphrase });
if (!unlocked.ok) {
  process.stderr.write(`unlock failed: ${unlocked.error.code}\n`);
  process.exit(3);
}
for (let i = 0; ; i++) {
  const result = await core.dispatch('clients.create', { firstName: `Schrijver ${i}`, lastName: `Crash-${process.pid}-${i}` });
  if (!result.ok) {
    process.stderr.write(`write failed: ${result.error.code}\n`);
    process.exit(4);
  }
  process.stdout.write(`${(result.value as { lastName: string }).lastName}\n`);
}
