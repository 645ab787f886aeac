import { describe, expect, it } from 'vitest';
import { alertsFor } from '../../shared/questionnaires/alerts';
import { findBuiltin } from '../../shared/questionnaires/builtin';
import { questionnaireContent, type QuestionnaireContentInput, type QuestionnaireDefinition } from '../../shared/questionnaires/definition';
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

/** A small custom questionnaire on 0–4 with whatever alerts a test gives it. */
function customWith(alerts: QuestionnaireContentInput['alerts']): QuestionnaireContentInput {
  return {
    title: { nl: 'Spanning', en: 'Tension' },
    textLicensed: true,
    scale: { min: 0, max: 4 },
    items: [
      { id: 'q1', text: { nl: 'Ik voel me gespannen', en: 'I feel tense' } },
      { id: 'q2', text: { nl: 'Ik voel me onveilig thuis', en: 'I feel unsafe at home' } },
    ],
    scoring: { method: 'sum' },
    alerts,
  };
}

const phq9 = builtin('phq-9');
const dutchWarning =
  'Let op: vraag 9 gaat over gedachten aan de dood en aan zichzelf pijn doen, en is met meer dan 0 beantwoord. Bespreek dit nog in deze sessie en volg je veiligheidsprotocol.';

describe('alerts on single answers', () => {
  it('warns about PHQ-9 question 9 answered with 1, even when the total is minimal', () => {
    expect(alertsFor(phq9, answers(0, 0, 0, 0, 0, 0, 0, 0, 1))).toEqual([
      { itemId: 'q9', answer: 1, message: { nl: dutchWarning, en: expect.stringContaining('thoughts of being better off dead and of self-harm') } },
    ]);
  });

  it('warns for every answer above 0 on question 9, and names the answer given', () => {
    expect(alertsFor(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3, 3)).map((alert) => alert.answer)).toEqual([3]);
  });

  it('stays quiet when question 9 is answered with 0, left open or missing', () => {
    expect(alertsFor(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3, 0))).toEqual([]);
    expect(alertsFor(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3, null))).toEqual([]);
    expect(alertsFor(phq9, answers(3, 3, 3, 3, 3, 3, 3, 3))).toEqual([]);
  });

  it('stays quiet for questionnaires without alerts, such as the GAD-7 with every answer at its highest', () => {
    expect(builtin('gad-7').alerts).toEqual([]);
    expect(alertsFor(builtin('gad-7'), answers(3, 3, 3, 3, 3, 3, 3))).toEqual([]);
  });

  it('raises each alert of a questionnaire that has several, in the order of the definition', () => {
    const definition = questionnaireContent.parse(
      customWith([
        { itemId: 'q2', above: 0, message: { nl: 'Onveilig thuis', en: 'Unsafe at home' } },
        { itemId: 'q1', above: 2, message: { nl: 'Veel spanning', en: 'Much tension' } },
      ]),
    );
    expect(alertsFor(definition, { q1: 3, q2: 1 }).map((alert) => alert.message.en)).toEqual(['Unsafe at home', 'Much tension']);
    expect(alertsFor(definition, { q1: 2, q2: 0 })).toEqual([]);
  });
});

describe('alerts in a questionnaire definition', () => {
  it('are none unless a definition names them', () => {
    expect(questionnaireContent.parse(customWith(undefined)).alerts).toEqual([]);
  });

  it('must point at an item of the questionnaire', () => {
    const parsed = questionnaireContent.safeParse(customWith([{ itemId: 'q7', above: 0, message: { nl: 'x' } }]));
    expect(parsed.success ? null : parsed.error.issues[0]).toMatchObject({ path: ['alerts', 0, 'itemId'], message: 'alert_unknown_item' });
  });

  it('must have a threshold some answer on the scale can pass', () => {
    const parsed = questionnaireContent.safeParse(customWith([{ itemId: 'q1', above: 4, message: { nl: 'x' } }]));
    expect(parsed.success ? null : parsed.error.issues[0]).toMatchObject({ path: ['alerts', 0, 'above'], message: 'alert_outside_scale' });
  });

  it('must say something in at least one language', () => {
    expect(questionnaireContent.safeParse(customWith([{ itemId: 'q1', above: 0, message: { nl: '', en: '' } }])).success).toBe(false);
  });
});
