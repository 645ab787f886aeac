import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, type ApiError, type Result } from '../../shared/errors';
import { createCore, defaultVaultDir } from '../core/index';
import { cliCommands } from './commands';
import { describeMethods } from './methods';
import { readPassphrase, readSecretFile } from './passphrase';

const usage = `traject — Traject on the command line

  traject init --vault DIR                 create a vault (passphrase from TRAJECT_PASSPHRASE or --passphrase-file)
  traject methods                          every method with its input as JSON Schema
  traject call METHOD [JSON] --vault DIR   call a method; prints the JSON result
  traject passphrase --vault DIR --new-passphrase-file F
                                           change the passphrase (the recovery key keeps working)
  traject host [--vault DIR] [--port N]    serve the app on 127.0.0.1 (browser mode)
${cliCommands.map((c) => `  ${c.usage}`).join('\n')}
Options: --passphrase-file F (else TRAJECT_PASSPHRASE). Without --vault: ${defaultVaultDir()}`;

/** Methods that take secrets (or hand over a file): the CLI has its own commands for them. */
const ownCommand: Record<string, string> = {
  'vault.create': 'traject init',
  'vault.unlock': 'traject call … with TRAJECT_PASSPHRASE',
  'vault.changePassphrase': 'traject passphrase',
  'reports.export': 'traject report',
  'vault.recover': 'traject recover',
  'vault.rekey': 'traject rekey',
  'vault.newRecoveryKey': 'the app (Instellingen)',
};

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function fail(error: ApiError): number {
  print({ ok: false, error });
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        vault: { type: 'string' },
        'passphrase-file': { type: 'string' },
        'new-passphrase-file': { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(cliCommands.flatMap((c) => Object.entries(c.options))),
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return command || values.help ? 0 : 2;
  }
  const vaultDir = resolve(typeof values.vault === 'string' ? values.vault : defaultVaultDir());
  const passphraseFile = values['passphrase-file'] as string | undefined;

  try {
    switch (command) {
      case 'methods':
        print(describeMethods());
        return 0;
      case 'init': {
        const passphrase = readPassphrase({ passphraseFile });
        if (!passphrase) return missingPassphrase();
        const core = createCore(vaultDir);
        const result = await core.dispatch('vault.create', { passphrase });
        core.vault.lock();
        if (!result.ok) return fail(result.error);
        const { recoveryKey } = result.value as { recoveryKey: string };
        process.stderr.write(`Vault created in ${vaultDir}.\nRecovery key (shown once; keep it somewhere safe, offline):\n`);
        process.stdout.write(`${recoveryKey}\n`);
        return 0;
      }
      case 'passphrase': {
        const core = await unlockedCore(vaultDir, passphraseFile);
        const next = values['new-passphrase-file'];
        if (typeof next !== 'string') throw new AppError('INVALID_INPUT', '--new-passphrase-file is required.', 'newPassphraseFile');
        const result = await core.dispatch('vault.changePassphrase', {
          currentPassphrase: readPassphrase({ passphraseFile }),
          newPassphrase: readSecretFile(next),
        });
        core.vault.lock();
        return finish(result);
      }
      case 'call': {
        const [method, json] = rest;
        if (!method) throw new AppError('INVALID_INPUT', 'Name a method: traject call METHOD [JSON].', 'method');
        if (ownCommand[method]) {
          throw new AppError('INVALID_INPUT', `${method} has its own command: use \`${ownCommand[method]}\`.`, 'method');
        }
        let input: unknown = {};
        if (json !== undefined) {
          try {
            input = JSON.parse(json);
          } catch {
            throw new AppError('INVALID_INPUT', 'The input is not valid JSON.', 'input');
          }
        }
        const core = method === 'vault.status' ? createCore(vaultDir) : await unlockedCore(vaultDir, passphraseFile);
        const result = await core.dispatch(method, input);
        core.vault.lock();
        return finish(result);
      }
      case 'host': {
        const { runHost, portOf } = await import('./hostCommand');
        return await runHost(vaultDir, portOf(values.port));
      }
      default: {
        const extra = cliCommands.find((c) => c.name === command);
        if (extra) return await extra.run({ vaultDir, values, positionals: rest, unlock: () => unlockedCore(vaultDir, passphraseFile) });
        process.stderr.write(`Unknown command: ${command}\n\n${usage}\n`);
        return 2;
      }
    }
  } catch (error) {
    if (error instanceof AppError) return fail(error.toApiError());
    throw error;
  }
}

function finish(result: Result<unknown>): number {
  if (!result.ok) return fail(result.error);
  print(result.value);
  return 0;
}

function missingPassphrase(): number {
  return fail({
    code: 'INVALID_INPUT',
    field: 'passphrase',
    message: 'Set TRAJECT_PASSPHRASE or pass --passphrase-file FILE.',
  });
}

async function unlockedCore(vaultDir: string, passphraseFile: string | undefined) {
  const passphrase = readPassphrase({ passphraseFile });
  if (!passphrase) throw new AppError('INVALID_INPUT', 'Set TRAJECT_PASSPHRASE or pass --passphrase-file FILE.', 'passphrase');
  const core = createCore(vaultDir);
  const unlocked = await core.dispatch('vault.unlock', { passphrase });
  if (!unlocked.ok) throw new AppError(unlocked.error.code, unlocked.error.message, unlocked.error.field);
  return core;
}
