import type { BackupList } from '../../../shared/contract/backups';
import type { CoreContext, HandlersFor } from '../context';
import { readKeyFile } from '../vault/keyFile';
import { backupFolder, defaultBackupFolder, setBackupFolder } from './folder';
import { readBackupHeader, readBackupPayload } from './format';
import { restoreBackup } from './restore';
import { describeBackup, keyCheckOf, listBackupFiles, type CurrentVault } from './summary';

function currentVault({ vault }: CoreContext): CurrentVault {
  let vaultId: string | null;
  try {
    vaultId = readKeyFile(vault.keyFilePath).vaultId;
  } catch {
    vaultId = null;
  }
  return { keyCheck: vault.isUnlocked() ? keyCheckOf(vault.session().dataKey) : null, vaultId };
}

function list(ctx: CoreContext): BackupList {
  const folder = backupFolder(ctx.vault.dir);
  const { items, unreadable } = listBackupFiles(folder, currentVault(ctx));
  return { folder, defaultFolder: defaultBackupFolder(ctx.vault.dir), items, unreadable, lastBackupAt: items[0]?.createdAt ?? null };
}

export const backupHandlers: HandlersFor<'backups'> = {
  'backups.list': (_input, ctx) => list(ctx),
  'backups.create': (input, { vault }) => vault.backUp('manual', input.folder),
  'backups.progress': (_input, { vault }) => vault.backupProgress(),
  'backups.setFolder': (input, ctx) => {
    ctx.vault.writableSession();
    setBackupFolder(ctx.vault.dir, input.folder);
    return list(ctx);
  },
  'backups.inspect': (input, ctx) => {
    const info = readBackupHeader(input.path);
    readBackupPayload(input.path, info);
    return describeBackup(input.path, info, currentVault(ctx));
  },
  'backups.restore': (input, { vault }) => restoreBackup(vault, input.path, input),
};
