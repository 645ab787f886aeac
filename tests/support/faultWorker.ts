// Child process of the fault test: repeats one operation on a vault and acknowledges each one
// that returned, until it is killed. The data key comes in by the environment, so the child skips
// the slow passphrase derivation where the operation itself does not need it.
import { restoreBackup } from '../../electron/core/backup/restore';
import { eraseClient } from '../../electron/core/privacy/erase';
import { recover, rekey } from '../../electron/core/vault/keyLifecycle';
import { Vault } from '../../electron/core/vault/vault';

const [operation, dir, ...args] = process.argv.slice(2) as [string, string, ...string[]];
const vault = new Vault(dir);
const ack = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

vault.prepareFolder();
if (operation !== 'recover') vault.startSession(Buffer.from(process.env['TRAJECT_TEST_KEY'] ?? '', 'hex'));
process.stdout.write('ready\n');

for (let round = 0; ; round++) {
  switch (operation) {
    case 'backup':
      ack((await vault.backUp('manual')).path);
      break;
    case 'restore': {
      const path = args[round % args.length]!;
      await restoreBackup(vault, path, {});
      ack(path);
      break;
    }
    case 'erase': {
      const id = Number(args[round]);
      if (!id) {
        // Nothing left to erase: stay alive until the kill (a bare pending await would end the process).
        setInterval(() => undefined, 1000);
        await new Promise(() => undefined);
      }
      // A client erased by an earlier run whose kill came before its acknowledgement is gone already.
      if (!vault.db().prepare('SELECT 1 FROM client WHERE id = ?').get(id)) break;
      eraseClient(vault, id, 'client_request');
      ack(id);
      break;
    }
    case 'recover': {
      const [recoveryKey, ...passphrases] = args;
      const next = passphrases[round % passphrases.length]!;
      await recover(vault, recoveryKey!, next);
      ack(next);
      break;
    }
    case 'rekey':
      ack((await rekey(vault, args[0]!)).recoveryKey);
      break;
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}
