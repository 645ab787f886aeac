import { describe, expect, it } from 'vitest';
import { builtinQuestionnaires } from '../../shared/questionnaires/builtin';
import { questionnaireContent, type QuestionnaireContentInput } from '../../shared/questionnaires/definition';

/** A small valid custom questionnaire: three items on 0–3, summed, one subscale. */
function content(change: (c: QuestionnaireContentInput) => void = () => {}): QuestionnaireContentInput {
  const c: QuestionnaireContentInput = {
    title: { nl: 'Slaap', en: 'Sleep' },
    textLicensed: true,
    scale: { min: 0, max: 3, labels: [{ value: 0, label: { nl: 'Nooit', en: 'Never' } }] },
    items: [
      { id: 'q1', text: { nl: 'Ik slaap slecht in', en: 'I fall asleep badly' }, subscale: 'night' },
      { id: 'q2', text: { nl: 'Ik word vroeg wakker', en: 'I wake early' }, subscale: 'night' },
      { id: 'q3', text: { nl: 'Ik ben overdag moe', en: 'I am tired by day' } },
    ],
    scoring: {
      method: 'sum',
      bands: [
        { from: 0, to: 4, label: { nl: 'Weinig', en: 'Little' } },
        { from: 5, to: 9, label: { nl: 'Veel', en: 'Much' } },
      ],
      subscales: [{ key: 'night', title: { nl: 'Nacht', en: 'Night' } }],
    },
  };
  change(c);
  return c;
}

/** The first problem found, as the editor gets it: a dotted field and a reason. */
function firstProblem(input: QuestionnaireContentInput): { field: string; reason: string } | null {
  const parsed = questionnaireContent.safeParse(input);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { field: issue.path.join('.'), reason: issue.code === 'custom' ? issue.message : issue.code };
}

describe('a questionnaire definition', () => {
  it('accepts a small valid questionnaire and fills in the defaults', () => {
    const parsed = questionnaireContent.parse(content());
    expect(parsed.items[2]).toEqual({ id: 'q3', text: { nl: 'Ik ben overdag moe', en: 'I am tired by day' }, type: 'scale', reverseKeyed: false });
    expect(parsed.scoring.maxMissing).toBe(0);
    expect(parsed.instructions).toEqual({ nl: '', en: '' });
  });

  it('needs at least one item', () => {
    expect(firstProblem(content((c) => (c.items = [])))).toEqual({ field: 'items', reason: 'too_small' });
  });

  it('needs a scale whose maximum is above its minimum', () => {
    expect(firstProblem(content((c) => (c.scale.max = 0)))).toEqual({ field: 'scale.max', reason: 'scale_max_not_above_min' });
  });

  it('names the band that reaches past the highest possible score (3 items × 3 = 9)', () => {
    const problem = firstProblem(content((c) => (c.scoring.bands![1]!.to = 12)));
    expect(problem).toEqual({ field: 'scoring.bands.1.to', reason: 'band_outside_score_range' });
  });

  it('names a band that overlaps the one before it', () => {
    const problem = firstProblem(content((c) => (c.scoring.bands![1]!.from = 4)));
    expect(problem).toEqual({ field: 'scoring.bands.1.from', reason: 'bands_overlap_or_unordered' });
  });

  it('checks subscale bands against the subscale range (2 items × 3 = 6)', () => {
    const problem = firstProblem(
      content((c) => (c.scoring.subscales![0]!.bands = [{ from: 0, to: 7, label: { nl: 'Alles', en: 'All' } }])),
    );
    expect(problem).toEqual({ field: 'scoring.subscales.0.bands.0.to', reason: 'band_outside_score_range' });
  });

  it('names an item that points at a subscale that does not exist', () => {
    expect(firstProblem(content((c) => (c.items[1]!.subscale = 'day')))).toEqual({ field: 'items.1.subscale', reason: 'unknown_subscale' });
  });

  it('names a subscale that no item belongs to', () => {
    const problem = firstProblem(
      content((c) => c.scoring.subscales!.push({ key: 'day', title: { nl: 'Dag', en: 'Day' } })),
    );
    expect(problem).toEqual({ field: 'scoring.subscales.1.key', reason: 'subscale_without_items' });
  });

  it('refuses two items with the same id', () => {
    expect(firstProblem(content((c) => (c.items[2]!.id = 'q1')))).toEqual({ field: 'items.2.id', reason: 'duplicate_item_id' });
  });

  it('asks for item text when the text may be used, and refuses it when it may not', () => {
    expect(firstProblem(content((c) => delete c.items[0]!.text))).toEqual({ field: 'items.0.text', reason: 'text_missing' });
    expect(firstProblem(content((c) => (c.textLicensed = false)))).toEqual({ field: 'items.0.text', reason: 'text_not_licensed' });
  });

  it('needs a title in at least one language, and accepts one in Dutch only', () => {
    expect(firstProblem(content((c) => (c.title = { nl: ' ', en: '' })))).toEqual({ field: 'title.nl', reason: 'text_missing' });
    expect(firstProblem(content((c) => (c.title = { nl: 'Slaap' })))).toBeNull();
  });

  it('refuses a label for a point that is not on the scale', () => {
    const problem = firstProblem(content((c) => c.scale.labels!.push({ value: 4, label: { nl: 'Altijd', en: 'Always' } })));
    expect(problem).toEqual({ field: 'scale.labels.1.value', reason: 'label_outside_scale' });
  });

  it('refuses to allow as many open items as there are items', () => {
    expect(firstProblem(content((c) => (c.scoring.maxMissing = 3)))).toEqual({ field: 'scoring.maxMissing', reason: 'max_missing_not_below_item_count' });
  });

  it('refuses fields it does not know', () => {
    const problem = firstProblem({ ...content(), colour: 'red' } as QuestionnaireContentInput);
    expect(problem).toEqual({ field: '', reason: 'unrecognized_keys' });
  });
});

describe('the built-in questionnaires', () => {
  it('are the trust check-in, PHQ-9, GAD-7, the two scoring-only scales, the 360 trust questionnaire and the team check-in, each with a unique key', () => {
    expect(builtinQuestionnaires.map((q) => q.key)).toEqual([
      'trust-check-in',
      'phq-9',
      'gad-7',
      'rempel-trust',
      'team-psychological-safety',
      'trust-360',
      'team-check-in',
    ]);
  });

  it('ship item text in Dutch and English where the text is free, and none where it is not', () => {
    for (const q of builtinQuestionnaires) {
      for (const item of q.items) {
        if (q.textLicensed) expect(item.text?.nl && item.text.en, `${q.key} ${item.id}`).toBeTruthy();
        else expect(item.text, `${q.key} ${item.id}`).toBeUndefined();
      }
      expect(q.title.nl && q.title.en && q.source.nl && q.source.en, q.key).toBeTruthy();
    }
  });

  it('have 9, 7, 17 and 7 items for PHQ-9, GAD-7, the Trust Scale and team psychological safety', () => {
    const count = (key: string) => builtinQuestionnaires.find((q) => q.key === key)?.items.length;
    expect([count('phq-9'), count('gad-7'), count('rempel-trust'), count('team-psychological-safety')]).toEqual([9, 7, 17, 7]);
  });
});
