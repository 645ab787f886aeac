import type { QuestionnaireResponse } from '../../../shared/contract/questionnaires';

/** Answers to one questionnaire given outside a session within this many days of the round's first answer form one round. */
export const checkInWindowDays = 14;

export interface Round {
  /** 'session:12' for the answers given in session 12; 'outside:40' for a check-in round outside sessions opened by response 40. */
  roundId: string;
  /** Local date 'YYYY-MM-DD': the session's, or the first answer's. */
  date: string;
  responses: QuestionnaireResponse[];
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The rounds of one questionnaire in one trajectory, oldest first: which answers belong together.
 * - Answers given in a session form that session's round.
 * - Answers given outside a session (client mode between sessions, sealed forms) form check-in rounds:
 *   a round opens with the earliest answer not yet in one and takes every answer given in the 14 days
 *   from that day on (the first day and the 13 after it), so a team that answers on different days
 *   between two sessions is one round. Sealed forms made together stay in one round, however late
 *   one comes back: the practitioner sent them as one check-in.
 */
export function roundsOf(responses: readonly QuestionnaireResponse[]): Round[] {
  const rounds = new Map<string, Round>();
  const outside: QuestionnaireResponse[][] = [];
  const batches = new Map<string, QuestionnaireResponse[]>();
  for (const r of responses) {
    if (r.sessionId !== null) {
      const roundId = `session:${r.sessionId}`;
      let round = rounds.get(roundId);
      if (!round) rounds.set(roundId, (round = { roundId, date: r.startsAt.slice(0, 10), responses: [] }));
      round.responses.push(r);
    } else if (r.form) {
      let batch = batches.get(r.form.roundId);
      if (!batch) {
        batch = [];
        batches.set(r.form.roundId, batch);
        outside.push(batch);
      }
      batch.push(r);
    } else {
      outside.push([r]);
    }
  }

  const firstOf = (unit: QuestionnaireResponse[]) =>
    unit.reduce((first, r) => (r.startsAt < first.startsAt || (r.startsAt === first.startsAt && r.id < first.id) ? r : first));
  const units = outside.map((unit) => ({ first: firstOf(unit), responses: unit })).sort((a, b) => a.first.startsAt.localeCompare(b.first.startsAt) || a.first.id - b.first.id);
  let open: Round | null = null;
  for (const unit of units) {
    const date = unit.first.startsAt.slice(0, 10);
    if (!open || dayNumber(date) - dayNumber(open.date) >= checkInWindowDays) {
      open = { roundId: `outside:${unit.first.id}`, date, responses: [] };
      rounds.set(open.roundId, open);
    }
    open.responses.push(...unit.responses);
  }
  return [...rounds.values()].sort((a, b) => a.date.localeCompare(b.date));
}
