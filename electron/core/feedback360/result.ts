import {
  feedback360Columns,
  groupRoles,
  type Feedback360Cell,
  type Feedback360Column,
  type Feedback360Factor,
  type Feedback360Result,
  type RaterRole,
} from '../../../shared/contract/feedback360';
import type { QuestionnaireScores } from '../../../shared/questionnaires/scores';
import type { Db } from '../db/open';
import { anonymityThreshold } from '../questionnaires/anonymity';
import { findQuestionnaire } from '../questionnaires/definitions';
import { roundScore } from '../questionnaires/scoring';
import { visibleColumns, type RoleCounts } from './anonymity';
import { roundRow } from './rounds';

/** A gap smaller than this is not named as one of the biggest: on a 1–5 scale it is within the noise of a few people. */
const gapWorthNaming = 0.5;

const mean = (values: readonly number[]) => roundScore(values.reduce((a, b) => a + b, 0) / values.length, 'mean');

function columnOf(role: RaterRole, column: Feedback360Column): boolean {
  if (column === 'all_others') return role !== 'self';
  return role === column;
}

/**
 * Self versus others per trust factor, after the anonymity rule (anonymity.ts). Before the round
 * is closed there are no figures at all: while answers still come in, comparing one day's
 * "all others" with the next would give away the answer read in between.
 */
export function roundResult(db: Db, roundId: number): Feedback360Result {
  const round = roundRow(db, roundId);
  const definition = findQuestionnaire(db, round.questionnaire_key, round.questionnaire_version).definition;
  const threshold = anonymityThreshold(db);
  const rows = db
    .prepare(
      `SELECT r.role, a.scores FROM feedback360_rater r LEFT JOIN feedback360_answer a ON a.rater_id = r.id WHERE r.round_id = ?`,
    )
    .all(roundId) as { role: RaterRole; scores: string | null }[];
  const answers = rows.filter((r) => r.scores !== null).map((r) => ({ role: r.role, scores: JSON.parse(r.scores!) as QuestionnaireScores }));
  const base = {
    roundId,
    closed: round.closed_at !== null,
    answered: answers.length,
    raterCount: rows.length,
    threshold,
    scale: { min: definition.scale.min, max: definition.scale.max },
  };
  if (!base.closed) return { ...base, factors: [], biggestGaps: [] };

  const factors: Feedback360Factor[] = definition.scoring.subscales.map((subscale) => {
    const scored = answers.flatMap((a) => {
      const score = a.scores.subscales[subscale.key]?.score;
      return score === null || score === undefined ? [] : [{ role: a.role, score }];
    });
    const counts = Object.fromEntries(
      (['self', 'manager', ...groupRoles] as const).map((role) => [role, scored.filter((s) => s.role === role).length]),
    ) as RoleCounts;
    const visible = visibleColumns(counts, threshold);
    const cells = Object.fromEntries(
      feedback360Columns.map((column): [Feedback360Column, Feedback360Cell] => {
        const values = scored.filter((s) => columnOf(s.role, column)).map((s) => s.score);
        const shown = visible[column];
        return [column, shown === true ? { shown: true, score: mean(values), count: values.length } : { shown: false, count: values.length, because: shown }];
      }),
    ) as Record<Feedback360Column, Feedback360Cell>;
    const self = cells.self;
    const others = cells.all_others;
    const gap = self.shown && others.shown ? roundScore(others.score - self.score, 'mean') : null;
    return { key: subscale.key, title: subscale.title, cells, gap };
  });

  const biggestGaps = factors
    .flatMap((f) => {
      const self = f.cells.self;
      const others = f.cells.all_others;
      return f.gap !== null && self.shown && others.shown && Math.abs(f.gap) >= gapWorthNaming
        ? [{ key: f.key, title: f.title, self: self.score, others: others.score, gap: f.gap }]
        : [];
    })
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
    .slice(0, 3);
  return { ...base, factors, biggestGaps };
}
