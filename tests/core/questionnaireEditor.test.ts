import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Session } from '../../shared/contract';
import type { QuestionnaireContentInput } from '../../shared/questionnaires/definition';
import { failure, invoke, makeQuestionnaireResponse, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
let client: Participant;
let session: Session;

/** A custom questionnaire on 1–5, averaged: three items about the week. */
function weekCheck(title = 'Weekcheck'): QuestionnaireContentInput {
  return {
    title: { nl: title, en: 'Week check' },
    textLicensed: true,
    scale: { min: 1, max: 5 },
    items: [
      { id: 'rust', text: { nl: 'Ik had rust', en: 'I had rest' } },
      { id: 'ruzie', text: { nl: 'We hadden ruzie', en: 'We argued' }, reverseKeyed: true },
      { id: 'tijd', text: { nl: 'We hadden tijd samen', en: 'We had time together' } },
    ],
    scoring: { method: 'mean' },
  };
}

beforeAll(async () => {
  practice = await openPractice();
  const trajectory = await makeTrajectory(practice.core);
  client = trajectory.participants[0]!;
  session = await makeSession(practice.core, trajectory);
});

afterAll(() => practice.close());

describe('the questionnaire list', () => {
  it('shows the seven built-ins in the practice language, Dutch by default', async () => {
    const list = await invoke(practice.core, 'questionnaires.list', {});
    expect(list.map((q) => [q.key, q.builtIn])).toEqual([
      ['trust-check-in', true],
      ['phq-9', true],
      ['gad-7', true],
      ['rempel-trust', true],
      ['team-psychological-safety', true],
      ['trust-360', true],
      ['team-check-in', true],
    ]);
    expect(list[0]).toMatchObject({ title: 'Vertrouwenscheck-in', itemCount: 5, method: 'mean', scoreRange: { min: 0, max: 10 } });
    expect(list[1]).toMatchObject({ title: 'PHQ-9 (depressieve klachten)', scoreRange: { min: 0, max: 27 } });
    // The NPS item is one of its five items, but its mean is of the four statements only.
    expect(list[6]).toMatchObject({ title: 'Team-check-in', itemCount: 5, method: 'mean', scoreRange: { min: 0, max: 10 } });
  });

  it('speaks English when asked', async () => {
    const list = await invoke(practice.core, 'questionnaires.list', { language: 'en' });
    expect(list.find((q) => q.key === 'rempel-trust')).toMatchObject({
      title: 'Trust Scale (Rempel, Holmes & Zanna)',
      textLicensed: false,
      subscales: [
        { key: 'predictability', title: 'Predictability' },
        { key: 'dependability', title: 'Dependability' },
        { key: 'faith', title: 'Faith' },
      ],
    });
  });
});

describe('custom questionnaires', () => {
  it('are created with a key of their own and version 1, and then listed', async () => {
    const created = await invoke(practice.core, 'questionnaires.create', { definition: weekCheck() });
    expect(created.definition).toMatchObject({ key: expect.stringMatching(/^custom-\d+$/), version: 1, title: { nl: 'Weekcheck' } });
    expect(created).toMatchObject({ builtIn: false, versions: [1], responseCount: 0, ranges: { total: { min: 1, max: 5 } } });
    const list = await invoke(practice.core, 'questionnaires.list', {});
    expect(list.at(-1)).toMatchObject({ key: created.definition.key, builtIn: false, title: 'Weekcheck' });
  });

  it('name the field at fault when the definition does not hold together', async () => {
    const definition = weekCheck();
    definition.scoring.bands = [{ from: 1, to: 6, label: { nl: 'Alles' } }];
    expect(await failure(practice.core, 'questionnaires.create', { definition })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'definition.scoring.bands.0.to',
      reason: 'band_outside_score_range',
    });
    const noItems = { ...weekCheck(), items: [] };
    expect(await failure(practice.core, 'questionnaires.create', { definition: noItems })).toMatchObject({ field: 'definition.items' });
  });

  it('change in place while nobody answered them', async () => {
    const { definition } = await invoke(practice.core, 'questionnaires.create', { definition: weekCheck() });
    const updated = await invoke(practice.core, 'questionnaires.update', { key: definition.key, definition: weekCheck('Weekcheck (kort)') });
    expect(updated).toMatchObject({ versions: [1], definition: { version: 1, title: { nl: 'Weekcheck (kort)' } } });
  });

  it('get a new version once answered, and the old answers keep the version they were scored with', async () => {
    const { definition } = await invoke(practice.core, 'questionnaires.create', { definition: weekCheck() });
    // 4, reverse-keyed 2 → 5 + 1 − 2 = 4, 4: (4 + 4 + 4) / 3 = 4
    const answered = await invoke(practice.core, 'questionnaires.respond', {
      sessionId: session.id,
      participantId: client.id,
      key: definition.key,
      answers: [
        { itemId: 'rust', value: 4 },
        { itemId: 'ruzie', value: 2 },
        { itemId: 'tijd', value: 4 },
      ],
    });
    expect(answered.scores.total.score).toBe(4);
    const changed = weekCheck();
    changed.items[1]!.reverseKeyed = false;
    const updated = await invoke(practice.core, 'questionnaires.update', { key: definition.key, definition: changed });
    expect(updated).toMatchObject({ versions: [1, 2], definition: { version: 2 }, responseCount: 0 });
    const old = await invoke(practice.core, 'questionnaires.get', { key: definition.key, version: 1 });
    expect(old).toMatchObject({ responseCount: 1, definition: { items: [{}, { reverseKeyed: true }, {}] } });
    const [kept] = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: session.trajectoryId, key: definition.key });
    expect(kept).toMatchObject({ version: 1, scores: { total: { score: 4 } } });
  });

  it('can be archived: no new answers, gone from the list, and brought back', async () => {
    const { definition } = await invoke(practice.core, 'questionnaires.create', { definition: weekCheck('Oud') });
    const archived = await invoke(practice.core, 'questionnaires.archive', { key: definition.key });
    expect(archived.archivedAt).not.toBeNull();
    const active = await invoke(practice.core, 'questionnaires.list', {});
    expect(active.map((q) => q.key)).not.toContain(definition.key);
    const archivedList = await invoke(practice.core, 'questionnaires.list', { archived: 'archived' });
    expect(archivedList.map((q) => q.key)).toEqual([definition.key]);
    expect(await failure(practice.core, 'questionnaires.respond', {
      sessionId: session.id,
      participantId: client.id,
      key: definition.key,
      answers: [{ itemId: 'rust', value: 3 }],
    })).toMatchObject({ code: 'CONFLICT', field: 'key', reason: 'archived' });
    const back = await invoke(practice.core, 'questionnaires.archive', { key: definition.key, archived: false });
    expect(back.archivedAt).toBeNull();
  });

  it('never replace or archive a built-in', async () => {
    expect(await failure(practice.core, 'questionnaires.update', { key: 'phq-9', definition: weekCheck() })).toMatchObject({
      code: 'CONFLICT',
      reason: 'built_in',
    });
    expect(await failure(practice.core, 'questionnaires.archive', { key: 'gad-7' })).toMatchObject({ code: 'CONFLICT', reason: 'built_in' });
  });
});

describe('item text of a scoring-only questionnaire', () => {
  it('is stored per practice and shown with the questionnaire', async () => {
    const detail = await invoke(practice.core, 'questionnaires.setItemTexts', {
      key: 'team-psychological-safety',
      texts: [{ itemId: 'q2', text: { nl: 'Eigen tekst van de praktijk', en: '' } }],
    });
    expect(detail.practiceItemTexts).toEqual({ q2: { nl: 'Eigen tekst van de praktijk', en: '' } });
    expect(detail.definition.items[1]!.text).toBeUndefined();
    const list = await invoke(practice.core, 'questionnaires.list', {});
    expect(list.find((q) => q.key === 'team-psychological-safety')?.itemTextCount).toBe(1);
  });

  it('is removed by setting it empty', async () => {
    await invoke(practice.core, 'questionnaires.setItemTexts', { key: 'rempel-trust', texts: [{ itemId: 'q1', text: { nl: 'Tijdelijk' } }] });
    const detail = await invoke(practice.core, 'questionnaires.setItemTexts', { key: 'rempel-trust', texts: [{ itemId: 'q1', text: {} }] });
    expect(detail.practiceItemTexts).toEqual({});
  });

  it('comes along when the questionnaire is copied to change its reverse keys', async () => {
    const original = await invoke(practice.core, 'questionnaires.get', { key: 'team-psychological-safety' });
    const { key: _key, version: _version, ...content } = original.definition;
    content.items = content.items.map((item) => ({ ...item, reverseKeyed: item.id === 'q1' }));
    const copy = await invoke(practice.core, 'questionnaires.create', {
      definition: { ...content, title: { nl: 'Psychologische veiligheid (eigen sleutel)', en: '' } },
      basedOn: { key: 'team-psychological-safety', version: 1 },
    });
    expect(copy).toMatchObject({ basedOn: { key: 'team-psychological-safety', version: 1 }, builtIn: false });
    expect(copy.practiceItemTexts).toEqual({ q2: { nl: 'Eigen tekst van de praktijk', en: '' } });
    expect(copy.definition.items.filter((item) => item.reverseKeyed).map((item) => item.id)).toEqual(['q1']);
  });

  it('is refused for a questionnaire whose text is in the definition, and for an item that does not exist', async () => {
    expect(
      await failure(practice.core, 'questionnaires.setItemTexts', { key: 'phq-9', texts: [{ itemId: 'q1', text: { nl: 'x' } }] }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'text_in_definition' });
    expect(
      await failure(practice.core, 'questionnaires.setItemTexts', { key: 'rempel-trust', texts: [{ itemId: 'q18', text: { nl: 'x' } }] }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'texts.0.itemId', reason: 'unknown_item' });
  });
});

describe('reading a questionnaire', () => {
  it('gives both languages and the score ranges of the subscales', async () => {
    const detail = await invoke(practice.core, 'questionnaires.get', { key: 'rempel-trust' });
    expect(detail.definition.title).toEqual({ nl: 'Vertrouwensschaal (Rempel, Holmes & Zanna)', en: 'Trust Scale (Rempel, Holmes & Zanna)' });
    expect(detail.ranges.subscales).toEqual({
      predictability: { min: 1, max: 7 },
      dependability: { min: 1, max: 7 },
      faith: { min: 1, max: 7 },
    });
  });

  it('says when there is no such questionnaire', async () => {
    expect(await failure(practice.core, 'questionnaires.get', { key: 'custom-404' })).toMatchObject({ code: 'NOT_FOUND', field: 'key' });
    expect(await failure(practice.core, 'questionnaires.get', { key: 'Not A Key' })).toMatchObject({ code: 'INVALID_INPUT', field: 'key' });
  });

  it('counts the answers given to it', async () => {
    await makeQuestionnaireResponse(practice.core, session, client.id, { key: 'gad-7', value: 1 });
    expect((await invoke(practice.core, 'questionnaires.get', { key: 'gad-7' })).responseCount).toBe(1);
  });
});
