import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CalendarFile } from '../../shared/contract/calendar';
import type { ImportPreview, ImportResult } from '../../shared/contract/clientImport';
import { AppError } from '../../shared/errors';
import type { CliCommand } from './commands';
import { value, writeOut } from './dataCommands';

const calendar: CliCommand = {
  name: 'calendar',
  usage: `traject calendar --vault DIR --out FILE.ics [--from DATE --to DATE] [--with-names]
                                           planned sessions as an .ics file; neutral titles unless --with-names`,
  options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'with-names': { type: 'boolean' } },
  async run({ values, unlock }) {
    const out = values['out'];
    if (typeof out !== 'string' || out === '') throw new AppError('INVALID_INPUT', '--out FILE.ics is required.', 'out');
    const input: Record<string, unknown> = { withNames: values['with-names'] === true };
    for (const key of ['from', 'to'] as const) if (typeof values[key] === 'string') input[key] = values[key];
    const core = await unlock();
    try {
      const file = value<CalendarFile>(await core.dispatch('calendar.export', input));
      writeOut(resolve(out), file.ics);
      process.stderr.write(`${file.events} sessions written to ${resolve(out)}.\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};

function readCsv(path: string | undefined): string {
  if (!path) throw new AppError('INVALID_INPUT', 'Name the CSV file: traject import clients --vault DIR FILE.csv.', 'file');
  try {
    return readFileSync(resolve(path)).toString('base64');
  } catch {
    throw new AppError('INVALID_INPUT', `Cannot read the file ${path}.`, 'file');
  }
}

const importCommand: CliCommand = {
  name: 'import',
  usage: `traject import clients --vault DIR FILE.csv [--skip-invalid]
                                           add clients from a CSV; all or nothing unless --skip-invalid`,
  options: { 'skip-invalid': { type: 'boolean' } },
  async run({ values, positionals, unlock }) {
    const [what, file] = positionals;
    if (what !== 'clients') throw new AppError('INVALID_INPUT', 'Only clients can be imported: traject import clients FILE.csv.', 'what');
    const contentBase64 = readCsv(file);
    const skipInvalid = values['skip-invalid'] === true;
    const core = await unlock();
    try {
      const preview = value<ImportPreview>(await core.dispatch('clients.importPreview', { contentBase64 }));
      const bad = preview.rows.flatMap((r) => r.problems.map((p) => ({ line: r.line, field: p.field, reason: p.reason })));
      if (bad.length > 0 && !skipInvalid) {
        const error = { code: 'CONFLICT', reason: 'import_invalid', field: 'file', message: `${preview.invalid} of ${preview.rows.length} rows cannot be imported; nothing was written.` };
        process.stdout.write(`${JSON.stringify({ ok: false, error, rows: bad }, null, 2)}\n`);
        return 1;
      }
      const result = value<ImportResult>(await core.dispatch('clients.import', { contentBase64, skipInvalid }));
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};

export const dayCommands: CliCommand[] = [calendar, importCommand];
