import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feedback360FormFile } from '../../shared/contract/feedback360';
import type { SealedFormFile } from '../../shared/contract/forms';
import { AppError } from '../../shared/errors';
import { writeFileAtomic } from '../core/vault/atomicWrite';
import type { CliCommand } from './commands';

function positiveId(value: unknown, option: string): number {
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isSafeInteger(n) || n <= 0) throw new AppError('INVALID_INPUT', `--${option} ID is required.`, option);
  return n;
}

function writeForm(out: string, html: string): void {
  try {
    writeFileAtomic(resolve(out), Buffer.from(html, 'utf8'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', `Cannot write the file ${out}.`, 'out');
  }
}

type RunArgs = Parameters<CliCommand['run']>[0];

/** `traject form --feedback360 ROUND --rater ID`: one 360 rater's form file. */
async function raterForm(values: RunArgs['values'], unlock: RunArgs['unlock']): Promise<number> {
  const roundId = positiveId(values['feedback360'], 'feedback360');
  const raterId = positiveId(values['rater'], 'rater');
  const out = values['out'];
  if (typeof out !== 'string' || out === '') throw new AppError('INVALID_INPUT', '--out FILE.html is required.', 'out');
  const core = await unlock();
  try {
    const result = await core.dispatch('feedback360.createForms', { roundId, raterIds: [raterId] });
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.reason);
    const [form] = (result.value as { forms: Feedback360FormFile[] }).forms;
    writeForm(out, form!.html);
    process.stdout.write(`${JSON.stringify({ formId: form!.formId, raterId: form!.raterId, expiresAt: form!.expiresAt, file: resolve(out) }, null, 2)}\n`);
    return 0;
  } finally {
    core.vault.lock();
  }
}

/** `traject form`: one sealed form file for one participant; prints where it went and until when it can be answered. */
export const formCommand: CliCommand = {
  name: 'form',
  usage: `traject form --vault DIR --trajectory ID --participant ID --questionnaire KEY --out FILE.html [--agreements]
                                           make a sealed form file for one participant
traject form --vault DIR --feedback360 ROUND --rater ID --out FILE.html
                                           make a sealed form file for one rater of a 360 round`,
  options: {
    feedback360: { type: 'string' },
    rater: { type: 'string' },
    trajectory: { type: 'string' },
    participant: { type: 'string' },
    questionnaire: { type: 'string' },
    out: { type: 'string' },
    agreements: { type: 'boolean' },
  },
  async run({ values, unlock }) {
    if (values['feedback360'] !== undefined) return raterForm(values, unlock);
    const trajectoryId = positiveId(values['trajectory'], 'trajectory');
    const participantId = positiveId(values['participant'], 'participant');
    const questionnaireKey = values['questionnaire'];
    if (typeof questionnaireKey !== 'string' || questionnaireKey === '') throw new AppError('INVALID_INPUT', '--questionnaire KEY is required.', 'questionnaire');
    const out = values['out'];
    if (typeof out !== 'string' || out === '') throw new AppError('INVALID_INPUT', '--out FILE.html is required.', 'out');
    const core = await unlock();
    try {
      const result = await core.dispatch('forms.create', { trajectoryId, participantIds: [participantId], questionnaireKey, withAgreements: values['agreements'] === true });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.reason);
      const [form] = (result.value as { forms: SealedFormFile[] }).forms;
      writeForm(out, form!.html);
      process.stdout.write(`${JSON.stringify({ formId: form!.formId, participantId: form!.participantId, expiresAt: form!.expiresAt, file: resolve(out) }, null, 2)}\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};

/** `traject answers import FILE`: check and store an answer file; prints the stored response as JSON. */
export const answersCommand: CliCommand = {
  name: 'answers',
  usage: `traject answers import --vault DIR FILE       import an answer file; prints the stored response`,
  options: {},
  async run({ positionals, unlock }) {
    const [action, file] = positionals;
    if (action !== 'import' || !file) throw new AppError('INVALID_INPUT', 'Use: traject answers import --vault DIR FILE', 'file');
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      throw new AppError('INVALID_INPUT', `Cannot read the file ${file}.`, 'file');
    }
    const core = await unlock();
    try {
      let result = await core.dispatch('forms.importAnswers', { content });
      // A 360 rater's answer file belongs to its round; the same command reads it in there.
      if (!result.ok && result.error.reason === 'feedback360_answer_file') result = await core.dispatch('feedback360.importAnswers', { content });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field, result.error.reason);
      process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
      return 0;
    } finally {
      core.vault.lock();
    }
  },
};
