import { z } from 'zod';
import { method } from './define';
import { empty } from './fields';

/** Why a back-up was made: by hand, automatically, or to undo a restore. */
export const backupReasons = ['manual', 'daily', 'lock', 'quit', 'before_restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupCounts {
  clients: number;
  trajectories: number;
  sessions: number;
}

export interface Backup {
  /** Absolute path of the back-up file. */
  path: string;
  fileName: string;
  createdAt: string;
  bytes: number;
  reason: BackupReason;
  counts: BackupCounts;
  /** The schema version of the database inside; older ones are brought up to date on restore. */
  schemaVersion: number;
  /** Whether the key of the open vault opens it; null while locked. False: it needs the passphrase or recovery key that was valid when it was made. */
  opensWithCurrentKey: boolean | null;
  /** Made from this vault (same vault id) or from another one. */
  sameVault: boolean | null;
}

export interface BackupList {
  folder: string;
  defaultFolder: string;
  items: Backup[];
  /** Files in the folder that look like back-ups but cannot be read: never counted as a back-up. */
  unreadable: { fileName: string; reason: 'damaged' | 'newer_version' }[];
  lastBackupAt: string | null;
}

export type BackupPhase = 'idle' | 'copying' | 'verifying' | 'rotating' | 'done';

export interface BackupProgress {
  phase: BackupPhase;
  /** 0–100, monotone within one back-up. */
  percent: number;
}

export interface Restored {
  restoredFrom: Backup;
  /** The "before restore" back-up that undoes this restore; null when the current database could not be read (its raw files are kept instead). */
  undo: Backup | null;
  /** Clients erased after the back-up was made, erased again before the vault was handed back. */
  erasuresReapplied: number;
  /** Whether the vault's current passphrase and recovery key still open it (true), or those valid when the back-up was made (false). */
  keptCurrentCredentials: boolean;
}

const filePath = z.string().trim().min(1).max(4096);
const credentials = {
  passphrase: z.string().min(1).max(1024).optional(),
  recoveryKey: z.string().min(1).max(200).optional(),
};

export const backupMethods = {
  'backups.list': method<BackupList>()(empty, 'Every back-up in the back-up folder, newest first (works while locked).'),
  'backups.create': method<Backup>()(
    z.object({ folder: filePath.optional() }).strict(),
    'Make a verified, encrypted back-up now (in the back-up folder, or once in another folder).',
  ),
  'backups.progress': method<BackupProgress>()(empty, 'How far the back-up being made has come.'),
  'backups.setFolder': method<BackupList>()(
    z.object({ folder: filePath.nullable() }).strict(),
    'Choose the folder for back-ups (an external drive or a synced folder); null: the default folder in the vault.',
  ),
  'backups.inspect': method<Backup>()(
    z.object({ path: filePath }).strict(),
    'Read the summary of a back-up file without restoring it.',
  ),
  'backups.restore': method<Restored>()(
    z
      .object({ path: filePath, ...credentials })
      .strict()
      .refine((v) => v.passphrase === undefined || v.recoveryKey === undefined, {
        message: 'passphrase_or_recovery_key',
        path: ['passphrase'],
      }),
    'Restore a back-up: keeps the current database as a "before restore" back-up first; re-applies erasures.',
  ),
};
