import type { QuestionnaireDetail } from '../../../../shared/contract';
import type { AnswerAlert, BandSeverity, QuestionnaireContentInput, ScoringMethod } from '../../../../shared/questionnaires/definition';

/** What the editor's fields hold: the content of a definition, with '' for "none" in the selects. */
export interface EditorValues {
  title: { nl: string; en: string };
  instructions: { nl: string; en: string };
  textLicensed: boolean;
  source: { nl: string; en: string };
  scale: { min: number; max: number; labels: { value: number; label: { nl: string; en: string } }[] };
  items: { id: string; text: { nl: string; en: string }; reverseKeyed: boolean; subscale: string }[];
  scoring: {
    method: ScoringMethod;
    maxMissing: number;
    bands: EditorBand[];
    subscales: {
      key: string;
      title: { nl: string; en: string };
      method: ScoringMethod | '';
      maxMissing: number;
      /** Kept as they came (from a copy); not edited here. */
      bands: EditorBand[];
    }[];
  };
  /** Kept as they came (a copy of the PHQ-9 still warns about question 9); not edited here. */
  alerts: AnswerAlert[];
}

export interface EditorBand {
  from: number;
  to: number;
  label: { nl: string; en: string };
  severity: BandSeverity;
}

const noText = () => ({ nl: '', en: '' });

/** The next free id like q4 or s2, so new items never clash with those already there. */
export function nextId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function newItem(taken: readonly string[]): EditorValues['items'][number] {
  return { id: nextId('q', taken), text: noText(), reverseKeyed: false, subscale: '' };
}

/** A fresh questionnaire: five items on a 0–10 scale, the sum as its score. */
export function emptyValues(): EditorValues {
  const items: EditorValues['items'] = [];
  for (let i = 0; i < 5; i++) items.push(newItem(items.map((item) => item.id)));
  return {
    title: noText(),
    instructions: noText(),
    textLicensed: true,
    source: noText(),
    scale: { min: 0, max: 10, labels: [] },
    items,
    scoring: { method: 'sum', maxMissing: 0, bands: [], subscales: [] },
    alerts: [],
  };
}

/** A stored definition in the editor's shape (for editing it, or for a copy). */
export function valuesFrom(detail: QuestionnaireDetail, asCopy: { titleSuffix: { nl: string; en: string } } | null): EditorValues {
  const d = detail.definition;
  const band = (b: (typeof d.scoring.bands)[number]): EditorBand => ({ from: b.from, to: b.to, label: { ...b.label }, severity: b.severity });
  const title = asCopy
    ? { nl: d.title.nl ? `${d.title.nl} ${asCopy.titleSuffix.nl}` : '', en: d.title.en ? `${d.title.en} ${asCopy.titleSuffix.en}` : '' }
    : { ...d.title };
  return {
    title,
    instructions: { ...d.instructions },
    textLicensed: d.textLicensed,
    source: { ...d.source },
    scale: { min: d.scale.min, max: d.scale.max, labels: d.scale.labels.map((l) => ({ value: l.value, label: { ...l.label } })) },
    items: d.items.map((item) => ({
      id: item.id,
      text: item.text ? { ...item.text } : noText(),
      reverseKeyed: item.reverseKeyed,
      subscale: item.subscale ?? '',
    })),
    scoring: {
      method: d.scoring.method,
      maxMissing: d.scoring.maxMissing,
      bands: d.scoring.bands.map(band),
      subscales: d.scoring.subscales.map((s) => ({
        key: s.key,
        title: { ...s.title },
        method: s.method ?? '',
        maxMissing: s.maxMissing,
        bands: s.bands.map(band),
      })),
    },
    alerts: d.alerts.map((alert) => ({ ...alert, message: { ...alert.message } })),
  };
}

/** The editor's values as the contract's content: "none" becomes absent, text only where licensed. */
export function toContent(values: EditorValues): QuestionnaireContentInput {
  return {
    title: values.title,
    instructions: values.instructions,
    textLicensed: values.textLicensed,
    source: values.source,
    scale: values.scale,
    items: values.items.map((item) => ({
      id: item.id,
      ...(values.textLicensed ? { text: item.text } : {}),
      reverseKeyed: item.reverseKeyed,
      ...(item.subscale ? { subscale: item.subscale } : {}),
    })),
    scoring: {
      method: values.scoring.method,
      maxMissing: values.scoring.maxMissing,
      bands: values.scoring.bands,
      subscales: values.scoring.subscales.map((s) => ({
        key: s.key,
        title: s.title,
        ...(s.method ? { method: s.method } : {}),
        maxMissing: s.maxMissing,
        bands: s.bands,
      })),
    },
    // An alert on an item that was removed, or on a point no longer on the scale, goes with it.
    alerts: values.alerts.filter(
      (alert) => values.items.some((item) => item.id === alert.itemId) && alert.above >= values.scale.min && alert.above < values.scale.max,
    ),
  };
}
