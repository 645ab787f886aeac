import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { BackupCounts, BackupReason } from '../../../shared/contract/backups';

/**
 * A back-up is one file that carries its own key file:
 *   TRAJECT-BACKUP\n
 *   <header JSON>\n                     format, vault id, when, why, counts, the key file as it was
 *   sha256:<hex of the header line>\n
 *   <payload>                           the database as VACUUM INTO wrote it, encrypted under the data key
 *   sha256:<hex of the payload>\n
 * The wrapped keys in the key file are safe beside ciphertext; with them the back-up opens with
 * the passphrase or recovery key that was valid when it was made.
 */
export const backupExtension = '.traject-backup';
const magic = 'TRAJECT-BACKUP\n';
const trailerBytes = 'sha256:'.length + 64 + 1;
export const backupFormatVersion = 1;

export interface BackupHeader {
  format: 'traject-backup';
  version: number;
  vaultId: string;
  createdAt: string;
  reason: BackupReason;
  counts: BackupCounts;
  schemaVersion: number;
  /** HMAC of a fixed label under the data key: tells whether a key opens it, and nothing else. */
  keyCheck: string;
  keyFile: string;
  payloadBytes: number;
}

export interface BackupFileInfo {
  header: BackupHeader;
  payloadOffset: number;
  fileBytes: number;
}

const damaged = () => new AppError('BACKUP_DAMAGED', 'The back-up file is damaged or incomplete.');

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function writeBackupHeader(fd: number, header: BackupHeader): number {
  const line = JSON.stringify(header);
  const head = Buffer.from(`${magic}${line}\nsha256:${sha256(line)}\n`, 'utf8');
  writeSync(fd, head);
  return head.length;
}

export function writeBackupTrailer(fd: number, payloadSha256: string): void {
  writeSync(fd, Buffer.from(`sha256:${payloadSha256}\n`, 'utf8'));
}

/** The header only (a cheap read for listing); its own checksum is checked, the payload is not. */
export function readBackupHeader(path: string): BackupFileInfo {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new AppError('NOT_FOUND', 'There is no back-up file at this path.', 'path');
  }
  try {
    const size = fstatSync(fd).size;
    const start = Buffer.alloc(Math.min(size, 256 * 1024));
    readSync(fd, start, 0, start.length, 0);
    const text = start.toString('latin1');
    if (!text.startsWith(magic)) throw damaged();
    const headerEnd = text.indexOf('\n', magic.length);
    const sumEnd = text.indexOf('\n', headerEnd + 1);
    if (headerEnd < 0 || sumEnd < 0) throw damaged();
    const line = start.subarray(magic.length, headerEnd).toString('utf8');
    if (text.slice(headerEnd + 1, sumEnd) !== `sha256:${sha256(line)}`) throw damaged();
    const header = JSON.parse(line) as BackupHeader;
    if (header.format !== 'traject-backup') throw damaged();
    if (header.version > backupFormatVersion) {
      throw new AppError('VAULT_FROM_NEWER_VERSION', 'This back-up was made by a newer version of Traject.');
    }
    const payloadOffset = sumEnd + 1;
    if (size !== payloadOffset + header.payloadBytes + trailerBytes) throw damaged();
    return { header, payloadOffset, fileBytes: size };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damaged();
  } finally {
    closeSync(fd);
  }
}

/** Read the payload in chunks, hand each to `each`, and check it against the trailer's checksum. */
export function readBackupPayload(path: string, info: BackupFileInfo, each: (chunk: Buffer) => void = () => undefined): void {
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1024 * 1024);
    let position = info.payloadOffset;
    const end = info.payloadOffset + info.header.payloadBytes;
    while (position < end) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, end - position), position);
      if (read === 0) throw damaged();
      const part = chunk.subarray(0, read);
      hash.update(part);
      each(part);
      position += read;
    }
    const trailer = Buffer.alloc(trailerBytes);
    readSync(fd, trailer, 0, trailerBytes, end);
    if (trailer.toString('latin1') !== `sha256:${hash.digest('hex')}\n`) throw damaged();
  } finally {
    closeSync(fd);
  }
}
