import { describe, expect, it } from 'vitest';
import { keyedValue, scoreQuestionnaire } from '../../electron/core/questionnaires/scoring';
import { findBuiltin } from '../../shared/questionnaires/builtin';
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition';
import type { Answers } from '../../shared/questionnaires/scores';

function builtin(key: string): QuestionnaireDefinition {
  const definition = findBuiltin(key);
  if (!definition) throw new Error(`no built-in ${key}`);
  return definition;
}

/** Answers q1, q2, … in order; null leaves an item open. */
function answers(...values: (number | null)[]): Answers {
  return Object.fromEntries(values.map((value, i) => [`q${i + 1}`, value]));
}

const phq9 = builtin('phq-9');
const gad7 = builtin('gad-7');
const edmondson = builtin('team-psychological-safety');
const rempel = builtin('rempel-trust');
const trust = builtin('trust-check-in');

describe('PHQ-9 scoring', () => {
  it('scores all 2s as 9 × 2 = 18, moderately severe', () => {
    const { total } = scoreQuestionnaire(phq9, answers(2, 2, 2, 2, 2, 2, 2, 2, 2));
    expect(total).toMatchObject({ score: 18, answered: 9, missing: 0, prorated: false });
    expect(total.band).toMatchObject({ severity: 'moderately_severe', label: { nl: 'Matig ernstig', en: 'Moderately severe' } });
  });

  it('puts 1+1+1+1+0+0+0+0+0 = 4 in minimal and 1+1+1+1+1+0+0+0+0 = 5 in mild', () => {
    expect(scoreQuestionnaire(phq9, answers(1, 1, 1, 1, 0, 0, 0, 0, 0)).total.band?.label.en).toBe('Minimal');
    expect(scoreQuestionnaire(phq9, answers(1, 1, 1, 1, 1, 0, 0, 0, 0)).total.band?.label.en).toBe('Mild');
  });

  it('scores all 3s as 27, severe', () => {
    expect(scoreQuestionnaire(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3, 3)).total).toMatchObject({ score: 27, band: { severity: 'severe' } });
  });

  it('prorates one open item: (7 × 1 + 2) / 8 × 9 = 10.125, rounded to 10, moderate', () => {
    const { total } = scoreQuestionnaire(phq9, answers(1, 1, 1, 1, 1, 1, 1, 2, null));
    expect(total).toMatchObject({ score: 10, answered: 8, missing: 1, prorated: true, band: { severity: 'moderate' } });
  });

  it('gives no score and no band when two items are left open', () => {
    const { total } = scoreQuestionnaire(phq9, answers(3, 3, 3, 3, 3, 3, 3, null, null));
    expect(total).toEqual({ score: null, answered: 7, missing: 2, prorated: false, band: null });
  });

  it('treats an absent item the same as one answered with null', () => {
    const { q9: _left, ...eight } = answers(2, 2, 2, 2, 2, 2, 2, 2, 2);
    expect(scoreQuestionnaire(phq9, eight).total).toMatchObject({ score: 18, missing: 1, prorated: true });
  });
});

describe('GAD-7 scoring', () => {
  it('scores 3+3+2+2+1+1+0 = 12 as moderate', () => {
    expect(scoreQuestionnaire(gad7, answers(3, 3, 2, 2, 1, 1, 0)).total).toMatchObject({ score: 12, band: { label: { nl: 'Matig' } } });
  });

  it('puts 9 in mild, 10 in moderate and 15 in severe', () => {
    expect(scoreQuestionnaire(gad7, answers(3, 3, 3, 0, 0, 0, 0)).total.band?.severity).toBe('mild');
    expect(scoreQuestionnaire(gad7, answers(3, 3, 3, 1, 0, 0, 0)).total.band?.severity).toBe('moderate');
    expect(scoreQuestionnaire(gad7, answers(3, 3, 3, 3, 3, 0, 0)).total.band?.severity).toBe('severe');
  });

  it('prorates one open item: 6 × 1 / 6 × 7 = 7, mild', () => {
    expect(scoreQuestionnaire(gad7, answers(1, 1, 1, 1, 1, 1, null)).total).toMatchObject({ score: 7, prorated: true, band: { severity: 'mild' } });
  });
});

describe('team psychological safety scoring (Edmondson, items 1, 3 and 5 reverse keyed)', () => {
  it('counts a reverse-keyed 2 on a 1–7 scale as 7 + 1 − 2 = 6', () => {
    expect(keyedValue({ reverseKeyed: true }, 2, edmondson.scale)).toBe(6);
    expect(keyedValue({ reverseKeyed: false }, 2, edmondson.scale)).toBe(2);
  });

  it('scores 2,6,1,7,3,5,6 as (6+6+7+7+5+5+6) / 7 = 42 / 7 = 6', () => {
    expect(scoreQuestionnaire(edmondson, answers(2, 6, 1, 7, 3, 5, 6)).total).toMatchObject({ score: 6, band: null });
  });

  it('scores all 7s as (1+7+1+7+1+7+7) / 7 = 31 / 7 = 4.43', () => {
    expect(scoreQuestionnaire(edmondson, answers(7, 7, 7, 7, 7, 7, 7)).total.score).toBe(4.43);
  });

  it('takes the mean of the six answered items when one is open: (6+6+7+7+5+6) / 6 = 6.17', () => {
    expect(scoreQuestionnaire(edmondson, answers(2, 6, 1, 7, 3, null, 6)).total).toMatchObject({ score: 6.17, prorated: true });
  });
});

describe('Trust Scale scoring (Rempel, Holmes & Zanna)', () => {
  // dependability q1–q5, faith q6–q12, predictability q13–q17 with q13, q14, q15, q17 reverse keyed
  const given = answers(7, 6, 7, 5, 6, 5, 5, 6, 4, 5, 6, 5, 2, 1, 3, 6, 2);

  it('scores dependability as (7+6+7+5+6) / 5 = 6.2', () => {
    expect(scoreQuestionnaire(rempel, given).subscales.dependability).toMatchObject({ score: 6.2, missing: 0 });
  });

  it('scores faith as (5+5+6+4+5+6+5) / 7 = 36 / 7 = 5.14', () => {
    expect(scoreQuestionnaire(rempel, given).subscales.faith?.score).toBe(5.14);
  });

  it('scores predictability with reverse keys as (6+7+5+6+6) / 5 = 6', () => {
    expect(scoreQuestionnaire(rempel, given).subscales.predictability?.score).toBe(6);
  });

  it('scores the total as (31 + 36 + 30) / 17 = 97 / 17 = 5.71', () => {
    expect(scoreQuestionnaire(rempel, given).total).toMatchObject({ score: 5.71, band: null });
  });

  it('drops only the subscale with two open items and keeps the total from the other fifteen', () => {
    const scores = scoreQuestionnaire(rempel, { ...given, q16: null, q17: null });
    expect(scores.subscales.predictability).toMatchObject({ score: null, missing: 2 });
    // (31 + 36 + 6 + 7 + 5) / 15 = 85 / 15 = 5.67
    expect(scores.total).toMatchObject({ score: 5.67, missing: 2, prorated: true });
    expect(scores.subscales.faith?.score).toBe(5.14);
  });
});

describe('trust check-in scoring', () => {
  it('scores 8,7,6,9,5 as 35 / 5 = 7, solid trust, with one subscale per trust factor', () => {
    const scores = scoreQuestionnaire(trust, answers(8, 7, 6, 9, 5));
    expect(scores.total).toMatchObject({ score: 7, band: { label: { nl: 'Stevig vertrouwen' }, severity: 'none' } });
    expect(Object.fromEntries(Object.entries(scores.subscales).map(([key, s]) => [key, s.score]))).toEqual({
      consistency: 8,
      open_communication: 7,
      responsibility: 6,
      transparency: 9,
      emotional_safety: 5,
    });
  });

  it('scores 7,6,6,7,6 as 32 / 5 = 6.4, fragile trust, and 4,4,4,4,3 as 19 / 5 = 3.8, little trust', () => {
    expect(scoreQuestionnaire(trust, answers(7, 6, 6, 7, 6)).total).toMatchObject({ score: 6.4, band: { severity: 'moderate' } });
    expect(scoreQuestionnaire(trust, answers(4, 4, 4, 4, 3)).total).toMatchObject({ score: 3.8, band: { severity: 'severe' } });
  });

  it('takes the mean of four factors when one is open, (8+8+6+6) / 4 = 7, but leaves that factor empty', () => {
    const scores = scoreQuestionnaire(trust, answers(8, 8, null, 6, 6));
    expect(scores.total).toMatchObject({ score: 7, prorated: true });
    expect(scores.subscales.responsibility).toMatchObject({ score: null, band: null });
  });

  it('gives no score when two factors are open', () => {
    expect(scoreQuestionnaire(trust, answers(8, null, null, 6, 6)).total.score).toBeNull();
  });
});
