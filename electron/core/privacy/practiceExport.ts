import { closeSync, openSync, writeSync } from 'node:fs';
import { practiceExportFormat } from '../../../shared/export/clientExport';
import { schemaVersion } from '../db/migrate';
import type { Db } from '../db/open';
import { dataTables } from './schemaTables';

/**
 * The whole practice as JSON, to move to another computer or tool: every table, every row, as
 * stored (private notes included: it is the practitioner's own data). Written piece by piece,
 * so a practice of any size fits; the file is NOT encrypted, which the screens say.
 */
export function writePracticeExport(db: Db, write: (text: string) => void, now: Date): void {
  write(`{"format":${JSON.stringify(practiceExportFormat)},"version":1,"exportedAt":${JSON.stringify(now.toISOString())},`);
  write(`"schemaVersion":${schemaVersion(db)},"tables":{`);
  dataTables(db).forEach((table, t) => {
    write(`${t === 0 ? '' : ','}${JSON.stringify(table)}:[`);
    let first = true;
    for (const row of db.prepare(`SELECT * FROM "${table}"`).iterate()) {
      write(`${first ? '' : ','}${JSON.stringify(row)}`);
      first = false;
    }
    write(']');
  });
  write('}}');
}

export function practiceExportText(db: Db, now: Date): string {
  const parts: string[] = [];
  writePracticeExport(db, (text) => parts.push(text), now);
  return parts.join('');
}

export function practiceExportToFile(db: Db, path: string, now: Date): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    let pending = '';
    writePracticeExport(
      db,
      (text) => {
        pending += text;
        if (pending.length > 1 << 20) {
          writeSync(fd, pending);
          pending = '';
        }
      },
      now,
    );
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}
