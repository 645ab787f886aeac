import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClientExportFile, PdfFile } from '../../shared/contract/privacy';
import type { AuditPage, AuditVerification } from '../../shared/contract/audit';
import { erasureReasons, type ErasureReason } from '../../shared/contract/privacy';
import { AppError, type Result } from '../../shared/errors';
import { createCore, type Core } from '../core/index';
import { practiceExportToFile } from '../core/privacy/practiceExport';
import { writeFileAtomic } from '../core/vault/atomicWrite';
import type { CliCommand } from './commands';
import { readPassphrase, readSecretFile } from './passphrase';

export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.reason);
  return result.value as T;
}

function print(data: unknown): void {
  process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
}

function clientId(raw: unknown): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('INVALID_INPUT', '--client ID is required.', 'client');
  return id;
}

function outPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') throw new AppError('INVALID_INPUT', '--out FILE is required.', 'out');
  return resolve(raw);
}

export function writeOut(path: string, content: string | Buffer): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', `Cannot write the file ${path}.`, 'out');
  }
}

async function withUnlocked<T>(unlock: () => Promise<Core>, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await unlock();
  try {
    return await work(core);
  } finally {
    core.vault.lock();
  }
}

const backup: CliCommand = {
  name: 'backup',
  usage: 'traject backup --vault DIR [--to FOLDER]       make a verified back-up now; prints its path',
  options: { to: { type: 'string' } },
  run: ({ values, unlock }) =>
    withUnlocked(unlock, async (core) => {
      const to = values['to'];
      const made = value<{ path: string }>(await core.dispatch('backups.create', typeof to === 'string' ? { folder: resolve(to) } : {}));
      process.stdout.write(`${made.path}\n`);
      return 0;
    }),
};

const backups: CliCommand = {
  name: 'backups',
  usage: 'traject backups --vault DIR                    every back-up as JSON (no passphrase needed)',
  options: {},
  async run({ vaultDir }) {
    const { items } = value<{ items: { path: string; createdAt: string; bytes: number; counts: unknown; reason: string }[] }>(
      await createCore(vaultDir).dispatch('backups.list', {}),
    );
    print(items.map(({ path, createdAt, bytes, counts, reason }) => ({ path, createdAt, bytes, counts, reason })));
    return 0;
  },
};

const restore: CliCommand = {
  name: 'restore',
  usage: `traject restore --vault DIR --from FILE [--recovery-key-file F]
                                           restore a back-up; keeps a "before restore" back-up`,
  options: { from: { type: 'string' }, 'recovery-key-file': { type: 'string' } },
  async run({ vaultDir, values }) {
    const from = values['from'];
    if (typeof from !== 'string' || from === '') throw new AppError('INVALID_INPUT', '--from FILE is required.', 'from');
    const recoveryFile = values['recovery-key-file'];
    const credentials =
      typeof recoveryFile === 'string'
        ? { recoveryKey: readSecretFile(recoveryFile) }
        : { passphrase: readPassphrase({ passphraseFile: values['passphrase-file'] as string | undefined }) ?? undefined };
    const core = createCore(vaultDir);
    try {
      // With a vault that still opens, restore under its current key; a damaged one restores with the credentials.
      const unlocked = core.vault.exists() ? await core.dispatch('vault.unlock', credentials) : null;
      const input = unlocked?.ok ? { path: resolve(from) } : { path: resolve(from), ...credentials };
      print(value(await core.dispatch('backups.restore', input)));
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};

const exportData: CliCommand = {
  name: 'export',
  usage: `traject export --vault DIR --client ID --out FILE.json   one client's data (JSON, and a PDF summary beside it)
  traject export --vault DIR --all --out FILE.json         the whole practice (NOT encrypted)`,
  options: { client: { type: 'string' }, all: { type: 'boolean' } },
  run: ({ values, unlock }) =>
    withUnlocked(unlock, async (core) => {
      const out = outPath(values['out']);
      if (values['all'] === true) {
        const temp = `${out}.${process.pid}.tmp`;
        try {
          practiceExportToFile(core.vault.db(), temp, core.vault.now());
          renameSync(temp, out);
        } catch (error) {
          rmSync(temp, { force: true });
          throw error instanceof AppError ? error : new AppError('INVALID_INPUT', `Cannot write the file ${out}.`, 'out');
        }
        core.vault.record({ event: 'practice_exported' });
        print({ out });
        return 0;
      }
      const id = clientId(values['client']);
      const json = value<ClientExportFile>(await core.dispatch('exports.client', { clientId: id }));
      const pdf = value<PdfFile>(await core.dispatch('exports.clientSummary', { clientId: id }));
      const pdfOut = out.replace(/\.json$/i, '') + '.pdf';
      writeOut(out, json.json);
      writeOut(pdfOut, Buffer.from(pdf.pdfBase64, 'base64'));
      print({ out, summary: pdfOut });
      return 0;
    }),
};

const erase: CliCommand = {
  name: 'erase',
  usage: `traject erase --vault DIR --client ID --reason ${erasureReasons.join('|')} --yes
                                           erase a client everywhere; leaves a tombstone`,
  options: { reason: { type: 'string' }, yes: { type: 'boolean' } },
  run: ({ values, unlock }) =>
    withUnlocked(unlock, async (core) => {
      const id = clientId(values['client']);
      const reason = values['reason'];
      if (reason !== undefined && !erasureReasons.includes(reason as ErasureReason)) {
        throw new AppError('INVALID_INPUT', `--reason is one of ${erasureReasons.join(', ')}.`, 'reason');
      }
      if (values['yes'] !== true) {
        print(value(await core.dispatch('erasure.check', { clientId: id })));
        throw new AppError('INVALID_INPUT', 'Erasure cannot be undone: add --yes to erase this client.', 'yes');
      }
      print(value(await core.dispatch('erasure.erase', { clientId: id, confirm: true, ...(reason ? { reason } : {}) })));
      return 0;
    }),
};

const audit: CliCommand = {
  name: 'audit',
  usage: 'traject audit --vault DIR [--client ID] [--verify]   the audit log as JSON; --verify checks its chain',
  options: { verify: { type: 'boolean' } },
  run: ({ values, unlock }) =>
    withUnlocked(unlock, async (core) => {
      if (values['verify'] === true) {
        const verdict = value<AuditVerification>(await core.dispatch('audit.verify', {}));
        print(verdict);
        return verdict.intact ? 0 : 3;
      }
      const filter = values['client'] === undefined ? {} : { clientId: clientId(values['client']) };
      const items = [];
      for (let offset = 0; ; offset += 500) {
        const page = value<AuditPage>(await core.dispatch('audit.list', { ...filter, offset, limit: 500 }));
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0) break;
      }
      print(items);
      return 0;
    }),
};

const recover: CliCommand = {
  name: 'recover',
  usage: `traject recover --vault DIR --recovery-key-file F --new-passphrase-file F
                                           forgot the passphrase: set a new one with the recovery key`,
  options: {},
  async run({ vaultDir, values }) {
    const keyFile = values['recovery-key-file'];
    const next = values['new-passphrase-file'];
    if (typeof keyFile !== 'string') throw new AppError('INVALID_INPUT', '--recovery-key-file F is required.', 'recoveryKeyFile');
    if (typeof next !== 'string') throw new AppError('INVALID_INPUT', '--new-passphrase-file F is required.', 'newPassphraseFile');
    const core = createCore(vaultDir);
    try {
      print(value(await core.dispatch('vault.recover', { recoveryKey: readSecretFile(keyFile), newPassphrase: readSecretFile(next) })));
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};

const rekey: CliCommand = {
  name: 'rekey',
  usage: 'traject rekey --vault DIR                      rotate the data key; prints the new recovery key',
  options: {},
  run: ({ values, unlock }) =>
    withUnlocked(unlock, async (core) => {
      const passphrase = readPassphrase({ passphraseFile: values['passphrase-file'] as string | undefined }) ?? '';
      const { recoveryKey } = value<{ recoveryKey: string }>(await core.dispatch('vault.rekey', { passphrase }));
      process.stderr.write('The data key was rotated. New recovery key (shown once; the old one no longer works):\n');
      process.stdout.write(`${recoveryKey}\n`);
      return 0;
    }),
};

export const dataCommands: CliCommand[] = [backup, backups, restore, exportData, erase, audit, recover, rekey];
