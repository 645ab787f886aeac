import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReportExported } from '../../shared/contract/reports';
import type { Audience } from '../../shared/domain/audience';
import { AppError } from '../../shared/errors';
import { writeFileAtomic } from '../core/vault/atomicWrite';
import type { CliCommand } from './commands';

/** `joint` or `participant:ID`, as typed on the command line. */
function parseAudience(value: string | undefined): Audience {
  if (value === undefined || value === 'joint') return { kind: 'joint' };
  const match = /^participant:(\d+)$/.exec(value);
  if (!match) throw new AppError('INVALID_INPUT', '--audience is joint or participant:ID.', 'audience');
  return { kind: 'participant', participantId: Number(match[1]) };
}

function readPassword(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch {
    throw new AppError('INVALID_INPUT', `Cannot read the file ${file}.`, 'passwordFile');
  }
}

/**
 * `traject report`: export a progress report to a file, recorded like an export from the app.
 * The report password comes from a file, never from an argument (arguments leak into `ps`).
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: `traject report --vault DIR --trajectory ID --out FILE [--audience joint|participant:ID] [--lang nl|en] [--password-file F]
                                           export a progress report as PDF; prints the export record`,
  options: {
    trajectory: { type: 'string' },
    out: { type: 'string' },
    audience: { type: 'string' },
    lang: { type: 'string' },
    'password-file': { type: 'string' },
  },
  async run({ values, unlock }) {
    const trajectoryId = Number(values['trajectory']);
    if (!Number.isSafeInteger(trajectoryId) || trajectoryId <= 0) throw new AppError('INVALID_INPUT', '--trajectory ID is required.', 'trajectory');
    const out = values['out'];
    if (typeof out !== 'string' || out === '') throw new AppError('INVALID_INPUT', '--out FILE is required.', 'out');
    const audience = parseAudience(values['audience'] as string | undefined);
    const password = readPassword(values['password-file'] as string | undefined);

    const core = await unlock();
    try {
      const result = await core.dispatch('reports.export', {
        trajectoryId,
        audience,
        ...(values['lang'] === undefined ? {} : { language: values['lang'] }),
        ...(password === undefined ? {} : { password }),
      });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.reason);
      const { pdfBase64, ...record } = result.value as ReportExported;
      try {
        writeFileAtomic(resolve(out), Buffer.from(pdfBase64 ?? '', 'base64'));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('INVALID_INPUT', `Cannot write the file ${out}.`, 'out');
      }
      process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};
