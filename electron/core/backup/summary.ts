import { createHmac } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Backup, BackupList } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { backupExtension, readBackupHeader, type BackupFileInfo } from './format';

/** What the open vault knows to compare a back-up with: its key (as a check value) and its id. */
export interface CurrentVault {
  keyCheck: string | null;
  vaultId: string | null;
}

export function keyCheckOf(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update('traject back-up key check').digest('hex').slice(0, 32);
}

export function describeBackup(path: string, info: BackupFileInfo, current: CurrentVault): Backup {
  const { header } = info;
  return {
    path,
    fileName: basename(path),
    createdAt: header.createdAt,
    bytes: info.fileBytes,
    reason: header.reason,
    counts: header.counts,
    schemaVersion: header.schemaVersion,
    opensWithCurrentKey: current.keyCheck === null ? null : header.keyCheck === current.keyCheck,
    sameVault: current.vaultId === null ? null : header.vaultId === current.vaultId,
  };
}

/** Every back-up in a folder, newest first; files that cannot be read are named, never counted. */
export function listBackupFiles(folder: string, current: CurrentVault): Pick<BackupList, 'items' | 'unreadable'> {
  const items: Backup[] = [];
  const unreadable: BackupList['unreadable'] = [];
  if (!existsSync(folder)) return { items, unreadable };
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(backupExtension) || name.startsWith('.')) continue;
    const path = join(folder, name);
    try {
      items.push(describeBackup(path, readBackupHeader(path), current));
    } catch (error) {
      const newer = error instanceof AppError && error.code === 'VAULT_FROM_NEWER_VERSION';
      unreadable.push({ fileName: name, reason: newer ? 'newer_version' : 'damaged' });
    }
  }
  items.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  return { items, unreadable };
}
