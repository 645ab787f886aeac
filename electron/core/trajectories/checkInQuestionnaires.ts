import type { CheckInEvery, CheckInQuestionnaire, CheckInState } from '../../../shared/contract/checkIns';
import { addDays, addMonths } from '../../../shared/domain/calendar';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';
import type { LocalizedText } from '../../../shared/questionnaires/definition';
import { answerableByClient } from '../../../shared/questionnaires/fit';
import type { LocalNow } from '../agreements/overdue';
import type { Db } from '../db/open';
import { findQuestionnaire, practiceItemTexts } from '../questionnaires/definitions';
import { checkInStatuses } from './checkIn';
import { displayNameSql } from './participants';

/** A check-in questionnaire is due from this many days before its day. */
export const dueWindowDays = 7;

export function nextCheckInDay(from: string, every: CheckInEvery, weeks: number | null): string {
  if (every === 'month') return addMonths(from, 1);
  if (every === 'quarter') return addMonths(from, 3);
  return addDays(from, (weeks ?? 1) * 7);
}

/**
 * The round now running. A round starts the day after the previous one ended (the first one at the
 * start) and ends with the answer that makes everyone have answered; for one client that is simply
 * their next answer. Due: the last round's end plus the interval. `answers` are [participantId, local date].
 */
export function currentRound(
  started: string,
  every: CheckInEvery,
  weeks: number | null,
  respondents: readonly number[],
  answers: readonly (readonly [number, string])[],
): { dueOn: string; answered: Set<number> } {
  const asked = new Set(respondents);
  const sorted = answers.filter(([who]) => asked.has(who)).sort((a, b) => a[1].localeCompare(b[1]));
  let lastRoundEnded = started;
  let answered = new Set<number>();
  for (const [who, on] of sorted) {
    if (on <= lastRoundEnded) continue;
    answered.add(who);
    if (answered.size === asked.size) {
      lastRoundEnded = on;
      answered = new Set();
    }
  }
  return { dueOn: nextCheckInDay(lastRoundEnded, every, weeks), answered };
}

export function checkInState(dueOn: string, today: string): CheckInState {
  if (dueOn < today) return 'overdue';
  return addDays(dueOn, -dueWindowDays) <= today ? 'due' : 'planned';
}

export interface QuestionnaireFacts {
  title: LocalizedText;
  /** Every item has text (its own or the practice's): it can go in a form file or client mode. */
  clientCanAnswer: boolean;
}

/** A questionnaire's title and whether a client can answer it alone, looked up once per key within one read. */
export function questionnaireFacts(db: Db): (key: string) => QuestionnaireFacts {
  const seen = new Map<string, QuestionnaireFacts>();
  return (key) => {
    let facts = seen.get(key);
    if (!facts) {
      const { definition } = findQuestionnaire(db, key);
      const texts = definition.textLicensed ? {} : practiceItemTexts(db, key);
      const itemTextCount = definition.items.filter((item) => texts[item.id] !== undefined).length;
      facts = {
        title: definition.title,
        clientCanAnswer: answerableByClient({ textLicensed: definition.textLicensed, itemCount: definition.items.length, itemTextCount }),
      };
      seen.set(key, facts);
    }
    return facts;
  };
}

interface CadenceRow {
  trajectory_id: number;
  title: string;
  kind: TrajectoryKind;
  status: string;
  questionnaire_key: string;
  every: CheckInEvery;
  weeks: number | null;
  started: string;
  respondents: string;
  answers: string;
}

export interface TrajectoryCheckIn extends CheckInQuestionnaire {
  trajectoryId: number;
  trajectoryTitle: string;
  trajectoryKind: TrajectoryKind;
}

/**
 * The rule's one query: every check-in of the trajectories under way, or of one trajectory. CROSS JOIN
 * keeps SQLite walking the few check-ins, not the thousands of trajectories under way.
 */
export function checkInSql(which: 'underWay' | 'oneTrajectory'): string {
  const where = which === 'underWay' ? `t.status IN (SELECT value FROM json_each(@statuses))` : `q.trajectory_id = @trajectoryId`;
  return `SELECT q.trajectory_id, t.title, t.kind, t.status, q.questionnaire_key, q.every, q.weeks,
      coalesce(t.start_date, substr(t.created_at, 1, 10)) AS started,
      (SELECT json_group_array(json_array(p.id, ${displayNameSql})) FROM participant p JOIN client c ON c.id = p.client_id
        WHERE p.trajectory_id = t.id AND p.removed_at IS NULL AND p.role != 'sponsor') AS respondents,
      (SELECT json_group_array(json_array(r.participant_id, substr(coalesce(s.starts_at, r.answered_at), 1, 10)))
        FROM questionnaire_response r LEFT JOIN session s ON s.id = r.session_id
        WHERE r.trajectory_id = q.trajectory_id AND r.questionnaire_key = q.questionnaire_key) AS answers
    FROM check_in_questionnaire q CROSS JOIN trajectory t ON t.id = q.trajectory_id
    WHERE ${where}
    ORDER BY q.trajectory_id, q.id`;
}

/**
 * THE rule for check-in questionnaires, for the dashboard and the trajectory page alike, in one
 * query: per check-in its partners or team members (no sponsor, nobody who left) and the local dates
 * of their answers (the session's day, or the day a form or client mode answer was given).
 */
export function questionnaireCheckIns(
  db: Db,
  at: LocalNow,
  which: { trajectoryId: number } | 'underWay',
): TrajectoryCheckIn[] {
  const factsOf = questionnaireFacts(db);
  const rows = db
    .prepare(checkInSql(which === 'underWay' ? which : 'oneTrajectory'))
    .all({
      statuses: JSON.stringify(checkInStatuses),
      trajectoryId: which === 'underWay' ? null : which.trajectoryId,
    }) as CadenceRow[];
  return rows.map((r) => {
    const respondents = JSON.parse(r.respondents) as [number, string][];
    const underWay = (checkInStatuses as readonly string[]).includes(r.status) && respondents.length > 0;
    const round = underWay
      ? currentRound(r.started, r.every, r.weeks, respondents.map(([pid]) => pid), JSON.parse(r.answers) as [number, string][])
      : null;
    return {
      trajectoryId: r.trajectory_id,
      trajectoryTitle: r.title,
      trajectoryKind: r.kind,
      questionnaireKey: r.questionnaire_key,
      questionnaireTitle: factsOf(r.questionnaire_key).title,
      clientCanAnswer: factsOf(r.questionnaire_key).clientCanAnswer,
      every: r.every,
      weeks: r.weeks,
      dueOn: round?.dueOn ?? null,
      state: round ? checkInState(round.dueOn, at.today) : null,
      respondents: respondents.map(([participantId, name]) => ({ participantId, name, answered: round?.answered.has(participantId) ?? false })),
    };
  });
}

/** One trajectory's check-in questionnaires, for its page and its editor. */
export function checkInsOf(db: Db, trajectoryId: number, at: LocalNow): CheckInQuestionnaire[] {
  return questionnaireCheckIns(db, at, { trajectoryId }).map(({ trajectoryId: _id, trajectoryTitle: _title, trajectoryKind: _kind, ...checkIn }) => checkIn);
}
