import type { Db } from '../db/open';
import type { QuestionnaireDetail, QuestionnaireSummary } from '../../../shared/contract/questionnaires';
import type { Language } from '../../../shared/contract/fields';
import { AppError } from '../../../shared/errors';
import { builtinQuestionnaires, customKeyPrefix, findBuiltin } from '../../../shared/questionnaires/builtin';
import {
  localize,
  questionnaireDefinition,
  scoreRanges,
  type LocalizedText,
  type QuestionnaireContent,
  type QuestionnaireDefinition,
} from '../../../shared/questionnaires/definition';

interface QuestionnaireRow {
  key: string;
  version: number;
  definition: string;
  based_on_key: string | null;
  based_on_version: number | null;
  archived_at: string | null;
}

/** A definition wherever it lives: in code (built-in) or in the vault (custom). */
export interface StoredQuestionnaire {
  definition: QuestionnaireDefinition;
  builtIn: boolean;
  basedOn: { key: string; version: number } | null;
  archivedAt: string | null;
}

const columns = 'key, version, definition, based_on_key, based_on_version, archived_at';

function fromRow(row: QuestionnaireRow): StoredQuestionnaire {
  // Stored definitions were checked on the way in; checking again keeps a damaged row from scoring silently wrong.
  const parsed = questionnaireDefinition.safeParse({ ...JSON.parse(row.definition), key: row.key, version: row.version });
  if (!parsed.success) throw new AppError('DATABASE_DAMAGED', 'A stored questionnaire definition is damaged.');
  return {
    definition: parsed.data,
    builtIn: false,
    basedOn: row.based_on_key !== null && row.based_on_version !== null ? { key: row.based_on_key, version: row.based_on_version } : null,
    archivedAt: row.archived_at,
  };
}

function fromBuiltin(definition: QuestionnaireDefinition): StoredQuestionnaire {
  return { definition, builtIn: true, basedOn: null, archivedAt: null };
}

/** A questionnaire by key: the newest version, or the one asked for. */
export function findQuestionnaire(db: Db, key: string, version?: number): StoredQuestionnaire {
  const builtin = findBuiltin(key);
  if (builtin) {
    if (version !== undefined && version !== builtin.version) throw new AppError('NOT_FOUND', 'No such version of this questionnaire.', 'version');
    return fromBuiltin(builtin);
  }
  const row = (
    version === undefined
      ? db.prepare(`SELECT ${columns} FROM questionnaire WHERE key = ? ORDER BY version DESC LIMIT 1`).get(key)
      : db.prepare(`SELECT ${columns} FROM questionnaire WHERE key = ? AND version = ?`).get(key, version)
  ) as QuestionnaireRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No questionnaire with this key and version.', version === undefined ? 'key' : 'version');
  return fromRow(row);
}

/** Looks definitions up once per call, for scoring many responses. */
export function definitionLookup(db: Db): (key: string, version: number) => QuestionnaireDefinition {
  const seen = new Map<string, QuestionnaireDefinition>();
  return (key, version) => {
    const id = `${key}@${version}`;
    let definition = seen.get(id);
    if (!definition) {
      definition = findQuestionnaire(db, key, version).definition;
      seen.set(id, definition);
    }
    return definition;
  };
}

export function practiceItemTexts(db: Db, key: string): Record<string, LocalizedText> {
  const rows = db
    .prepare(`SELECT item_id, text_nl, text_en FROM questionnaire_item_text WHERE questionnaire_key = ? ORDER BY item_id`)
    .all(key) as { item_id: string; text_nl: string; text_en: string }[];
  return Object.fromEntries(rows.map((r) => [r.item_id, { nl: r.text_nl, en: r.text_en }]));
}

function responseCount(db: Db, key: string, version: number): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM questionnaire_response WHERE questionnaire_key = ? AND questionnaire_version = ?`)
      .get(key, version) as { n: number }
  ).n;
}

export function questionnaireDetail(db: Db, key: string, version?: number): QuestionnaireDetail {
  const stored = findQuestionnaire(db, key, version);
  const { definition } = stored;
  const versions = stored.builtIn
    ? [definition.version]
    : (db.prepare(`SELECT version FROM questionnaire WHERE key = ? ORDER BY version`).all(key) as { version: number }[]).map((r) => r.version);
  return {
    ...stored,
    versions,
    practiceItemTexts: definition.textLicensed ? {} : practiceItemTexts(db, key),
    ranges: scoreRanges(definition),
    responseCount: responseCount(db, key, definition.version),
  };
}

function summarize(stored: StoredQuestionnaire, itemTextCount: number, language: Language): QuestionnaireSummary {
  const { definition: d } = stored;
  return {
    key: d.key,
    version: d.version,
    builtIn: stored.builtIn,
    textLicensed: d.textLicensed,
    title: localize(d.title, language),
    instructions: localize(d.instructions, language),
    itemCount: d.items.length,
    itemTextCount,
    method: d.scoring.method,
    scoreRange: scoreRanges(d).total,
    subscales: d.scoring.subscales.map((s) => ({ key: s.key, title: localize(s.title, language) })),
    archivedAt: stored.archivedAt,
  };
}

export function listQuestionnaires(
  db: Db,
  q: { language: Language; archived: 'active' | 'archived' | 'all' },
): QuestionnaireSummary[] {
  const typed = new Set(db.prepare(`SELECT questionnaire_key || ' ' || item_id FROM questionnaire_item_text`).pluck().all() as string[]);
  const archived = { active: 'AND archived_at IS NULL', archived: 'AND archived_at IS NOT NULL', all: '' }[q.archived];
  const customRows = db
    .prepare(
      `SELECT ${columns} FROM questionnaire q
       WHERE version = (SELECT max(version) FROM questionnaire WHERE key = q.key) ${archived}
       ORDER BY id`,
    )
    .all() as QuestionnaireRow[];
  const all = [...(q.archived === 'archived' ? [] : builtinQuestionnaires.map(fromBuiltin)), ...customRows.map(fromRow)];
  return all.map(({ definition: d, ...rest }) => {
    // Only text for items the current version still has counts.
    const itemTextCount = d.textLicensed ? 0 : d.items.filter((item) => typed.has(`${d.key} ${item.id}`)).length;
    return summarize({ definition: d, ...rest }, itemTextCount, q.language);
  });
}

function refuseBuiltin(key: string): void {
  if (findBuiltin(key)) {
    throw new AppError('CONFLICT', 'A built-in questionnaire cannot be changed; make a copy instead.', 'key', 'built_in');
  }
}

export function insertQuestionnaire(
  db: Db,
  content: QuestionnaireContent,
  basedOn: { key: string; version: number } | undefined,
  now: string,
): string {
  if (basedOn) findQuestionnaire(db, basedOn.key, basedOn.version);
  const next = (db.prepare(`SELECT coalesce(max(id), 0) + 1 AS n FROM questionnaire`).get() as { n: number }).n;
  const key = `${customKeyPrefix}${next}`;
  db.prepare(
    `INSERT INTO questionnaire (key, version, definition, based_on_key, based_on_version, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?)`,
  ).run(key, JSON.stringify(content), basedOn?.key ?? null, basedOn?.version ?? null, now, now);
  if (basedOn && !content.textLicensed) {
    // A copy of a scoring-only questionnaire keeps the text the practice already typed in.
    const itemIds = JSON.stringify(content.items.map((item) => item.id));
    db.prepare(
      `INSERT INTO questionnaire_item_text (questionnaire_key, item_id, text_nl, text_en, updated_at)
       SELECT ?, item_id, text_nl, text_en, ? FROM questionnaire_item_text
       WHERE questionnaire_key = ? AND item_id IN (SELECT value FROM json_each(?))`,
    ).run(key, now, basedOn.key, itemIds);
  }
  return key;
}

/** Replace a custom definition; once its current version has responses, the change becomes a new version. */
export function updateQuestionnaire(db: Db, key: string, content: QuestionnaireContent, now: string): void {
  refuseBuiltin(key);
  const { definition } = findQuestionnaire(db, key);
  if (responseCount(db, key, definition.version) === 0) {
    db.prepare(`UPDATE questionnaire SET definition = ?, updated_at = ? WHERE key = ? AND version = ?`).run(
      JSON.stringify(content),
      now,
      key,
      definition.version,
    );
    return;
  }
  db.prepare(
    `INSERT INTO questionnaire (key, version, definition, based_on_key, based_on_version, created_at, updated_at, archived_at)
     SELECT key, version + 1, ?, based_on_key, based_on_version, ?, ?, archived_at FROM questionnaire WHERE key = ? AND version = ?`,
  ).run(JSON.stringify(content), now, now, key, definition.version);
}

export function setQuestionnaireArchived(db: Db, key: string, archived: boolean, now: string): void {
  refuseBuiltin(key);
  findQuestionnaire(db, key);
  db.prepare(`UPDATE questionnaire SET archived_at = ?, updated_at = ? WHERE key = ?`).run(archived ? now : null, now, key);
}

export function setPracticeItemTexts(
  db: Db,
  key: string,
  texts: { itemId: string; text: LocalizedText }[],
  now: string,
): void {
  const { definition } = findQuestionnaire(db, key);
  if (definition.textLicensed) {
    throw new AppError('CONFLICT', 'This questionnaire has its item text in the definition.', 'key', 'text_in_definition');
  }
  const known = new Set(definition.items.map((item) => item.id));
  const upsert = db.prepare(
    `INSERT INTO questionnaire_item_text (questionnaire_key, item_id, text_nl, text_en, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (questionnaire_key, item_id) DO UPDATE SET text_nl = excluded.text_nl, text_en = excluded.text_en,
       updated_at = excluded.updated_at`,
  );
  const remove = db.prepare(`DELETE FROM questionnaire_item_text WHERE questionnaire_key = ? AND item_id = ?`);
  texts.forEach(({ itemId, text }, i) => {
    if (!known.has(itemId)) throw new AppError('INVALID_INPUT', 'This questionnaire has no such item.', `texts.${i}.itemId`, 'unknown_item');
    if (text.nl === '' && text.en === '') remove.run(key, itemId);
    else upsert.run(key, itemId, text.nl, text.en, now);
  });
}
