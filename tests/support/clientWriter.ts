// Child process for the crash test: writes clients in a loop and acknowledges each committed one on
// stdout. It gets the vault's data key from the test (what unlocking would unwrap), so a round costs
// a process start, not an Argon2 derivation too; from there on it is the app's own write path.
import { createCore } from '../../electron/core/index';

const [vaultDir] = process.argv.slice(2) as [string];
const core = createCore(vaultDir);
core.vault.startSession(Buffer.from(process.env['TRAJECT_TEST_DATA_KEY'] ?? '', 'hex'));
for (let i = 0; ; i++) {
  const result = await core.dispatch('clients.create', { firstName: `Schrijver ${i}`, lastName: `Crash-${process.pid}-${i}` });
  if (!result.ok) {
    process.stderr.write(`write failed: ${result.error.code}\n`);
    process.exit(4);
  }
  process.stdout.write(`${(result.value as { lastName: string }).lastName}\n`);
}
