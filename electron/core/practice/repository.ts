import type Database from 'better-sqlite3-multiple-ciphers';
import type { Practice } from '../../../shared/contract';

export const defaultPractice: Practice = {
  name: '',
  practitionerName: '',
  practitionerTitle: '',
  registrations: { big: '', nobco: '', emcc: '', kvk: '', agb: '' },
  email: '',
  phone: '',
  website: '',
  address: '',
  reportFooter: '',
  language: 'nl',
  clientAddress: 'je',
  autoLockMinutes: 10,
};

export type PracticePatch = Partial<Omit<Practice, 'registrations'>> & {
  registrations?: Partial<Practice['registrations']>;
};

export function readPractice(db: Database.Database): Practice {
  const row = db.prepare(`SELECT value FROM setting WHERE key = 'practice'`).get() as { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as PracticePatch) : {};
  return {
    ...defaultPractice,
    ...stored,
    registrations: { ...defaultPractice.registrations, ...stored.registrations },
  };
}

export function writePractice(db: Database.Database, patch: PracticePatch): Practice {
  const current = readPractice(db);
  const next: Practice = {
    ...current,
    ...patch,
    registrations: { ...current.registrations, ...patch.registrations },
  };
  db.prepare(
    `INSERT INTO setting (key, value) VALUES ('practice', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(JSON.stringify(next));
  return next;
}
