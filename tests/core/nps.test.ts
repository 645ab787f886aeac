import { describe, expect, it } from 'vitest';
import { completeAnswers } from '../../electron/core/questionnaires/answers';
import { scoreQuestionnaire } from '../../electron/core/questionnaires/scoring';
import { findBuiltin } from '../../shared/questionnaires/builtin';
import { questionnaireContent, questionnaireDefinition, scoreRanges, type QuestionnaireDefinitionInput } from '../../shared/questionnaires/definition';
import { npsCategory, npsFigure } from '../../shared/questionnaires/nps';

const teamCheckIn = findBuiltin('team-check-in')!;

/** A custom 1–5 questionnaire with two statements and one NPS item. */
const custom: QuestionnaireDefinitionInput = {
  key: 'custom-1',
  version: 1,
  title: { nl: 'Klanttevredenheid', en: 'Client satisfaction' },
  textLicensed: true,
  scale: { min: 1, max: 5 },
  items: [
    { id: 'q1', text: { nl: 'De sessies helpen me verder.', en: 'The sessions help me on.' } },
    { id: 'q2', text: { nl: 'Ik voel me gehoord.', en: 'I feel heard.' } },
    { id: 'aanbevelen', type: 'nps', text: { nl: 'Hoe waarschijnlijk is het dat ik deze coach aanraad?', en: 'How likely is it that I would recommend this coach?' } },
  ],
  scoring: { method: 'sum', maxMissing: 0 },
};

describe('the NPS of a group', () => {
  it('is +30 for 10 answers: 5 promoters, 3 passives and 2 detractors', () => {
    expect(npsFigure([10, 9, 9, 10, 9, 8, 7, 8, 6, 2])).toEqual({ score: 30, promoters: 5, passives: 3, detractors: 2, answered: 10 });
  });

  it('counts 6 as a detractor, 7 and 8 as passives and 9 as a promoter', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    expect(npsFigure([6, 7, 8, 9])).toMatchObject({ score: 0, promoters: 1, passives: 2, detractors: 1 });
  });

  it('runs from −100 when everyone is a detractor to +100 when everyone is a promoter', () => {
    expect(npsFigure([0, 3, 6])?.score).toBe(-100);
    expect(npsFigure([9, 10, 10])?.score).toBe(100);
    expect(npsFigure([7, 8, 8])?.score).toBe(0);
    expect(Object.is(npsFigure([7, 8, 8])?.score, 0)).toBe(true);
  });

  it('rounds to whole points, halves away from zero on both sides', () => {
    expect(npsFigure([10, 2, 3])?.score).toBe(-33);
    expect(npsFigure([9, 7, 7, 7, 7, 7, 7, 7])?.score).toBe(13);
    expect(npsFigure([5, 7, 7, 7, 7, 7, 7, 7])?.score).toBe(-13);
  });

  it('is no figure at all without answers', () => {
    expect(npsFigure([])).toBeNull();
  });
});

describe('an NPS item in a questionnaire', () => {
  it('is answered 0–10 on a 1–5 questionnaire and never counts in its total', () => {
    const definition = questionnaireDefinition.parse(custom);
    const answers = completeAnswers(definition, [
      { itemId: 'q1', value: 4 },
      { itemId: 'q2', value: 5 },
      { itemId: 'aanbevelen', value: 0 },
    ]);
    expect(scoreQuestionnaire(definition, answers).total).toMatchObject({ score: 9, answered: 2, missing: 0, prorated: false });
    expect(scoreRanges(definition).total).toEqual({ min: 2, max: 10 });
    expect(() => completeAnswers(definition, [{ itemId: 'aanbevelen', value: 11 }])).toThrow(/from 0 to 10/);
    expect(() => completeAnswers(definition, [{ itemId: 'q1', value: 6 }])).toThrow(/from 1 to 5/);
  });

  it('leaves the team check-in’s mean to its four statements', () => {
    const answers = completeAnswers(teamCheckIn, [6, 7, 8, 9, 0].map((value, i) => ({ itemId: i < 4 ? `q${i + 1}` : 'enps', value })));
    expect(scoreQuestionnaire(teamCheckIn, answers).total).toMatchObject({ score: 7.5, answered: 4, missing: 0 });
    expect(teamCheckIn.items.find((item) => item.id === 'enps')).toMatchObject({ type: 'nps' });
    expect(teamCheckIn.items.filter((item) => item.type === 'scale')).toHaveLength(4);
  });

  it('is refused in a subscale, reverse keyed, with an alert, or as the only kind of item, naming the field', () => {
    const { key: _key, version: _version, ...content } = custom;
    const issues = (change: (c: typeof content) => void) => {
      const copy = structuredClone(content);
      change(copy);
      const result = questionnaireContent.safeParse(copy);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues(() => undefined)).toEqual([]);
    expect(issues((c) => ((c.items[2]!.subscale = 's'), (c.scoring.subscales = [{ key: 's', title: { nl: 'S', en: 'S' } }])))).toContain('items.2.subscale: nps_item_in_subscale');
    expect(issues((c) => (c.items[2]!.reverseKeyed = true))).toContain('items.2.reverseKeyed: nps_item_reverse_keyed');
    expect(issues((c) => (c.alerts = [{ itemId: 'aanbevelen', above: 3, message: { nl: 'Let op', en: 'Note' } }]))).toContain('alerts.0.itemId: alert_on_nps_item');
    expect(issues((c) => (c.items = [c.items[2]!]))).toContain('items: only_nps_items');
  });
});
