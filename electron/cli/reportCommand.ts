import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reportSectionKeys, type ReportExported, type ReportSectionKey } from '../../shared/contract/reports';
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

function readText(file: string | undefined, field: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new AppError('INVALID_INPUT', `Cannot read the file ${file}.`, field);
  }
}

/** `cover,summary,goals`: the sections to print; the others are left out. */
function parseSections(value: string | undefined): Record<ReportSectionKey, boolean> | undefined {
  if (value === undefined) return undefined;
  const chosen = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = chosen.filter((key) => !(reportSectionKeys as readonly string[]).includes(key));
  if (unknown.length > 0 || chosen.length === 0) {
    throw new AppError('INVALID_INPUT', `--sections takes a comma-separated list of: ${reportSectionKeys.join(', ')}.`, 'sections');
  }
  return Object.fromEntries(reportSectionKeys.map((key) => [key, chosen.includes(key)])) as Record<ReportSectionKey, boolean>;
}

/** The folder of --out must be there and writable before anything is exported (and recorded). */
function checkOutputFolder(out: string): void {
  const folder = dirname(resolve(out));
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new AppError('INVALID_INPUT', `--out: the folder ${folder} does not exist; nothing was exported.`, 'out', 'no_such_folder');
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('INVALID_INPUT', `--out: the folder ${folder} cannot be written; nothing was exported.`, 'out', 'not_writable');
  }
}

/** A closing file: the closing remark, then optionally next steps as lines starting with "- ". */
function parseClosing(text: string | undefined): { closingRemark: string; nextSteps: string[] } | undefined {
  if (text === undefined) return undefined;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nextSteps = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim()).filter(Boolean);
  const closingRemark = lines.filter((line) => !line.startsWith('- ')).join('\n').trim();
  return { closingRemark, nextSteps };
}

/**
 * `traject report`: export a progress report to a file, recorded like an export from the app.
 * The report password comes from a file, never from an argument (arguments leak into `ps`).
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: `traject report --vault DIR --trajectory ID --out FILE [--audience joint|participant:ID] [--lang nl|en] [--password-file F]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sections cover,summary,…] [--intro-file F] [--closing-file F] [--full]
                                           export a progress report as PDF; prints the export record
                                           (closing file: the closing remark, then next steps as lines starting with "- ")`,
  options: {
    trajectory: { type: 'string' },
    out: { type: 'string' },
    audience: { type: 'string' },
    lang: { type: 'string' },
    'password-file': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    sections: { type: 'string' },
    'intro-file': { type: 'string' },
    'closing-file': { type: 'string' },
    full: { type: 'boolean' },
  },
  async run({ values, unlock }) {
    const trajectoryId = Number(values['trajectory']);
    if (!Number.isSafeInteger(trajectoryId) || trajectoryId <= 0) throw new AppError('INVALID_INPUT', '--trajectory ID is required.', 'trajectory');
    const out = values['out'];
    if (typeof out !== 'string' || out === '') throw new AppError('INVALID_INPUT', '--out FILE is required.', 'out');
    checkOutputFolder(out);
    const audience = parseAudience(values['audience'] as string | undefined);
    const password = readText(values['password-file'] as string | undefined, 'passwordFile')?.replace(/\r?\n$/, '');
    const sections = parseSections(values['sections'] as string | undefined);
    const intro = readText(values['intro-file'] as string | undefined, 'introFile')?.trim();
    const closing = parseClosing(readText(values['closing-file'] as string | undefined, 'closingFile'));
    const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);

    const core = await unlock();
    try {
      const result = await core.dispatch('reports.export', {
        trajectoryId,
        audience,
        ...(values['lang'] === undefined ? {} : { language: values['lang'] }),
        ...(text('from') === undefined ? {} : { from: text('from') }),
        ...(text('to') === undefined ? {} : { to: text('to') }),
        ...(sections === undefined ? {} : { sections }),
        ...(intro === undefined ? {} : { intro }),
        ...(closing ?? {}),
        full: values['full'] === true,
        ...(password === undefined ? {} : { password }),
      });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.reason);
      const { pdfBase64, ...record } = result.value as ReportExported;
      try {
        writeFileAtomic(resolve(out), Buffer.from(pdfBase64 ?? '', 'base64'));
      } catch (error) {
        // A report that never reached a file was not handed out: its record is withdrawn, as in the app.
        await core.dispatch('reports.discard', { id: record.id });
        if (error instanceof AppError) throw error;
        throw new AppError('INVALID_INPUT', `--out: cannot write the file ${out}; nothing was exported.`, 'out', 'not_saved');
      }
      process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};
