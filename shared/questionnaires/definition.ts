import { z } from 'zod';
import type { Language } from '../contract/fields';
import { scoredItems } from './nps';

/**
 * The questionnaire definition format: one schema for the built-ins in code, the custom ones in
 * the vault and the editor's input, so all three are checked by the same rules.
 */

export const questionnaireKey = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'key');
/** Item ids and subscale keys: short, stable, safe as JSON keys. */
export const itemId = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'item_id');
export const subscaleKey = itemId;

/** Text in both languages; either may be empty (a practitioner may write only Dutch). */
export const localizedText = (max: number) =>
  z.object({ nl: z.string().trim().max(max).default(''), en: z.string().trim().max(max).default('') }).strict();

/** Like localizedText, but at least one language must say something. */
export const requiredLocalizedText = (max: number) =>
  localizedText(max).refine((t) => t.nl !== '' || t.en !== '', { message: 'text_missing', path: ['nl'] });

export type LocalizedText = { nl: string; en: string };

export const scoringMethod = z.enum(['sum', 'mean']);
export type ScoringMethod = z.infer<typeof scoringMethod>;

/** How much attention a band asks for; the screen picks an icon and words from it, never colour alone. */
export const bandSeverity = z.enum(['none', 'mild', 'moderate', 'moderately_severe', 'severe']);
export type BandSeverity = z.infer<typeof bandSeverity>;

const scoreValue = z.number().min(-10_000).max(10_000);

/** A score range with a label, both ends inclusive (means are rounded to two decimals first). */
export const interpretationBand = z
  .object({
    from: scoreValue,
    to: scoreValue,
    label: requiredLocalizedText(120),
    severity: bandSeverity.default('none'),
  })
  .strict();

const scalePoint = z.number().int().min(-100).max(100);

export const responseScale = z
  .object({
    min: scalePoint,
    max: scalePoint,
    /** Labels for some or all points, e.g. only the two ends of a 0–10 scale. */
    labels: z
      .array(z.object({ value: scalePoint, label: requiredLocalizedText(120) }).strict())
      .max(201)
      .default([]),
  })
  .strict();

/** scale: answered on the questionnaire's scale and scored; nps: answered 0–10, shown only as a group's NPS (see nps.ts). */
export const itemType = z.enum(['scale', 'nps']);
export type ItemType = z.infer<typeof itemType>;

export const questionnaireItem = z
  .object({
    id: itemId,
    type: itemType.default('scale'),
    /** Absent for scoring-only instruments: the practice enters its own text (or only the scores). */
    text: localizedText(1000).optional(),
    reverseKeyed: z.boolean().default(false),
    subscale: subscaleKey.optional(),
  })
  .strict();

/**
 * One answer the practitioner must see whatever the total, such as PHQ-9 item 9 (thoughts of death or of self-harm).
 * Shown on the practitioner's own screens only, never in a report.
 */
export const answerAlert = z
  .object({
    itemId,
    /** The alert shows when the answer is above this value. */
    above: z.number().min(-100).max(100),
    message: requiredLocalizedText(400),
  })
  .strict();

const maxMissing = z.number().int().min(0).max(200).default(0);

export const subscaleDefinition = z
  .object({
    key: subscaleKey,
    title: requiredLocalizedText(120),
    /** Defaults to the questionnaire's method. */
    method: scoringMethod.optional(),
    maxMissing,
    bands: z.array(interpretationBand).max(12).default([]),
  })
  .strict();

export const scoringDefinition = z
  .object({
    method: scoringMethod,
    /** More missing answers than this and the score is null; fewer are prorated (see scoring.ts in core). */
    maxMissing,
    bands: z.array(interpretationBand).max(12).default([]),
    subscales: z.array(subscaleDefinition).max(20).default([]),
  })
  .strict();

const contentShape = {
  title: requiredLocalizedText(200),
  instructions: localizedText(2000).default({ nl: '', en: '' }),
  /** false: the text may not be shipped; items carry no text and the practice supplies it. */
  textLicensed: z.boolean(),
  /**
   * personal: a clinical screener (PHQ-9, GAD-7): its scores reach only the respondent, never a joint
   * report. shared: a measure of the relationship or team, which follows the rule for ratings.
   */
  sharing: z.enum(['shared', 'personal']).default('shared'),
  /** Citation, licence and translation notes. */
  source: localizedText(2000).default({ nl: '', en: '' }),
  scale: responseScale,
  items: z.array(questionnaireItem).min(1).max(200),
  scoring: scoringDefinition,
  alerts: z.array(answerAlert).max(20).default([]),
};

export const questionnaireVersion = z.number().int().min(1).max(1_000_000);

/** What the custom editor sends: everything but key and version, which core assigns. */
export const questionnaireContent = z.object(contentShape).strict().superRefine(checkConsistency);

export const questionnaireDefinition = z
  .object({ key: questionnaireKey, version: questionnaireVersion, ...contentShape })
  .strict()
  .superRefine(checkConsistency);

export type QuestionnaireContent = z.output<typeof questionnaireContent>;
export type QuestionnaireContentInput = z.input<typeof questionnaireContent>;
export type QuestionnaireDefinition = z.output<typeof questionnaireDefinition>;
export type QuestionnaireDefinitionInput = z.input<typeof questionnaireDefinition>;
export type QuestionnaireItem = z.output<typeof questionnaireItem>;
export type ResponseScale = z.output<typeof responseScale>;
export type InterpretationBand = z.output<typeof interpretationBand>;
export type SubscaleDefinition = z.output<typeof subscaleDefinition>;
export type AnswerAlert = z.output<typeof answerAlert>;

/** The lowest and highest score a group of items can reach. */
export function scoreRange(scale: Pick<ResponseScale, 'min' | 'max'>, method: ScoringMethod, itemCount: number) {
  return method === 'sum'
    ? { min: scale.min * itemCount, max: scale.max * itemCount }
    : { min: scale.min, max: scale.max };
}

/** Score range of the total and of each subscale, for chart axes and band checks. */
export function scoreRanges(definition: Pick<QuestionnaireDefinition, 'scale' | 'items' | 'scoring'>) {
  const { scale, items, scoring } = definition;
  const subscales: Record<string, { min: number; max: number }> = {};
  for (const s of scoring.subscales) {
    subscales[s.key] = scoreRange(scale, s.method ?? scoring.method, items.filter((item) => item.subscale === s.key).length);
  }
  return { total: scoreRange(scale, scoring.method, scoredItems(items).length), subscales };
}

/** The text in the wanted language, or the other one when that is all there is. */
export function localize(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  const other = language === 'nl' ? 'en' : 'nl';
  return text[language] || text[other];
}

function hasText(text: LocalizedText | undefined): boolean {
  return text !== undefined && (text.nl !== '' || text.en !== '');
}

type Content = z.output<z.ZodObject<typeof contentShape>>;
type Issue = (path: (string | number)[], message: string) => void;

function checkBands(bands: InterpretationBand[], range: { min: number; max: number }, path: (string | number)[], issue: Issue) {
  bands.forEach((band, i) => {
    if (band.from > band.to) issue([...path, i, 'to'], 'band_to_below_from');
    else if (band.from < range.min || band.to > range.max) issue([...path, i, band.from < range.min ? 'from' : 'to'], 'band_outside_score_range');
    const previous = bands[i - 1];
    if (previous && band.from <= previous.to) issue([...path, i, 'from'], 'bands_overlap_or_unordered');
  });
}

/** Rules that span fields; each issue names the field at fault so the editor can point at it. */
function checkConsistency(d: Content, ctx: z.RefinementCtx): void {
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const { scale, items, scoring } = d;
  if (scale.min >= scale.max) issue(['scale', 'max'], 'scale_max_not_above_min');
  const labelled = new Set<number>();
  scale.labels.forEach((point, i) => {
    if (point.value < scale.min || point.value > scale.max) issue(['scale', 'labels', i, 'value'], 'label_outside_scale');
    if (labelled.has(point.value)) issue(['scale', 'labels', i, 'value'], 'duplicate_label');
    labelled.add(point.value);
  });

  const subscaleKeys = new Set<string>();
  scoring.subscales.forEach((s, i) => {
    if (subscaleKeys.has(s.key)) issue(['scoring', 'subscales', i, 'key'], 'duplicate_subscale');
    subscaleKeys.add(s.key);
  });

  const itemIds = new Set<string>();
  const npsItemIds = new Set<string>();
  items.forEach((item, i) => {
    if (itemIds.has(item.id)) issue(['items', i, 'id'], 'duplicate_item_id');
    itemIds.add(item.id);
    if (item.type === 'nps') {
      npsItemIds.add(item.id);
      // An NPS answer is never part of a score: it counts only in the group's NPS.
      if (item.subscale !== undefined) issue(['items', i, 'subscale'], 'nps_item_in_subscale');
      if (item.reverseKeyed) issue(['items', i, 'reverseKeyed'], 'nps_item_reverse_keyed');
    }
    if (item.subscale !== undefined && !subscaleKeys.has(item.subscale)) issue(['items', i, 'subscale'], 'unknown_subscale');
    if (!d.textLicensed && hasText(item.text)) issue(['items', i, 'text'], 'text_not_licensed');
    if (d.textLicensed && !hasText(item.text)) issue(['items', i, 'text'], 'text_missing');
  });

  d.alerts.forEach((alert, i) => {
    if (!itemIds.has(alert.itemId)) issue(['alerts', i, 'itemId'], 'alert_unknown_item');
    else if (npsItemIds.has(alert.itemId)) issue(['alerts', i, 'itemId'], 'alert_on_nps_item');
    else if (alert.above < scale.min || alert.above >= scale.max) issue(['alerts', i, 'above'], 'alert_outside_scale');
  });

  const scored = items.length - npsItemIds.size;
  if (scored === 0) issue(['items'], 'only_nps_items');
  else if (scoring.maxMissing >= scored) issue(['scoring', 'maxMissing'], 'max_missing_not_below_item_count');
  if (scale.min < scale.max) checkBands(scoring.bands, scoreRange(scale, scoring.method, scored), ['scoring', 'bands'], issue);

  scoring.subscales.forEach((s, i) => {
    const count = items.filter((item) => item.subscale === s.key).length;
    if (count === 0) issue(['scoring', 'subscales', i, 'key'], 'subscale_without_items');
    else if (s.maxMissing >= count) issue(['scoring', 'subscales', i, 'maxMissing'], 'max_missing_not_below_item_count');
    if (count > 0 && scale.min < scale.max) {
      checkBands(s.bands, scoreRange(scale, s.method ?? scoring.method, count), ['scoring', 'subscales', i, 'bands'], issue);
    }
  });
}

/** An item's text for the screen: its own, else the practice's; '' means show only its number. */
export function itemText(
  item: Pick<QuestionnaireItem, 'id' | 'text'>,
  practiceTexts: Readonly<Record<string, LocalizedText>>,
  language: Language,
): string {
  return localize(item.text ?? (Object.hasOwn(practiceTexts, item.id) ? practiceTexts[item.id] : undefined), language);
}
