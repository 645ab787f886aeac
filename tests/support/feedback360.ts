// A 360 round filled in through its sealed forms, the way raters send their answer files back.
import type { Core } from '../../electron/core/index';
import type { Feedback360FormFile, Feedback360Round, RaterRole } from '../../shared/contract';
import { trust360 } from '../../shared/questionnaires/builtin/trust360';
import { formDataOf, sealAnswers } from './answerFiles';
import { invoke } from './factories';

export const trust360ItemIds = trust360.items.map((item) => item.id);

/** Every item answered `value`, or per factor when `value` is a record of factor → value. */
export function trust360Answers(value: number | Record<string, number>): { itemId: string; value: number }[] {
  return trust360.items.map((item) => ({ itemId: item.id, value: typeof value === 'number' ? value : (value[item.subscale!] ?? 3) }));
}

/** An answer file for one rater's form. */
export function raterAnswerFile(form: Feedback360FormFile, value: number | Record<string, number>): Promise<string> {
  return sealAnswers(formDataOf(form), { answers: trust360Answers(value) });
}

/** A round about `participantId` with these raters; labels are made up from the role. */
export function makeRound(core: Core, trajectoryId: number, participantId: number, roles: readonly RaterRole[], title = '360 voorjaar'): Promise<Feedback360Round> {
  return invoke(core, 'feedback360.createRound', {
    trajectoryId,
    participantId,
    title,
    raters: roles.map((role, i) => ({ label: `${role}-${i + 1}`, role, language: 'nl' as const })),
  });
}

/** Make every rater's form and read in an answer from each: `values[i]` answers for the i-th rater of the round. */
export async function answerRound(core: Core, round: Feedback360Round, values: readonly (number | Record<string, number>)[]): Promise<void> {
  const { forms } = await invoke(core, 'feedback360.createForms', { roundId: round.id, raterIds: round.raters.slice(0, values.length).map((r) => r.id) });
  for (const [i, form] of forms.entries()) {
    await invoke(core, 'feedback360.importAnswers', { content: await raterAnswerFile(form, values[i]!) });
  }
}
