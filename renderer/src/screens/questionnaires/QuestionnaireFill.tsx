import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireDetail } from '../../../../shared/contract';
import { itemText, localize, type ResponseScale } from '../../../../shared/questionnaires/definition';
import type { Answers } from '../../../../shared/questionnaires/scores';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { parseRating } from '../sessions/RatingControl';
import { formatNumber } from '../../i18n/format';
import { screenLanguage } from './language';
import '../../styles/questionnaires.css';

/** Scales with more points than this are typed as a number. */
const maxChoices = 11;
/** Up to this many points the words sit in the choices; on longer scales they go in a key below. */
const maxLabelledChoices = 7;

interface ItemAnswerProps {
  name: string;
  legend: string;
  scale: ResponseScale;
  value: number | null;
  onChange: (value: number | null) => void;
}

/** One item: its text (or its number) and the response scale as radio buttons, labels under the points. */
export function ItemAnswer({ name, legend, scale, value, onChange }: ItemAnswerProps) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const labelOf = (point: number) => scale.labels.find((l) => l.value === point);
  const asChoices = points.length <= maxChoices;
  const labelsInside = points.length <= maxLabelledChoices;
  return (
    <fieldset className="q-item">
      <legend>{legend}</legend>
      {asChoices && (
        <div className="q-scale" style={{ gridTemplateColumns: `repeat(${points.length}, minmax(0, 1fr))` }}>
          {points.map((point) => {
            const label = labelOf(point);
            return (
              <label key={point} className="q-option">
                <input type="radio" name={name} checked={value === point} onChange={() => onChange(point)} />
                <span className="q-point">{formatNumber(point, i18n.language)}</span>
                {label && (
                  <span className={labelsInside ? 'q-point-label' : 'visually-hidden'}>{localize(label.label, language)}</span>
                )}
              </label>
            );
          })}
        </div>
      )}
      {asChoices && !labelsInside && scale.labels.length > 0 && (
        <p className="q-scale-key" aria-hidden="true">
          {scale.labels.map((l) => (
            <span key={l.value}>
              <strong>{formatNumber(l.value, i18n.language)}</strong> {localize(l.label, language)}
            </span>
          ))}
        </p>
      )}
      {!asChoices && (
        <input
          type="text"
          inputMode="numeric"
          className="q-number"
          aria-label={t('questionnaires.fill.scoreOf', { item: legend, min: scale.min, max: scale.max })}
          defaultValue={value ?? ''}
          onBlur={(event) => {
            const parsed = parseRating(event.target.value);
            onChange(parsed !== null && parsed >= scale.min && parsed <= scale.max ? Math.round(parsed) : null);
          }}
        />
      )}
      {value !== null && (
        <button type="button" className="link-button q-clear" onClick={() => onChange(null)}>
          {t('questionnaires.fill.clear')}
          <span className="visually-hidden"> ({legend})</span>
        </button>
      )}
    </fieldset>
  );
}

interface QuestionnaireFillProps {
  detail: QuestionnaireDetail;
  respondent: string;
  initial?: Answers;
  onSubmit: (answers: { itemId: string; value: number | null }[]) => Promise<ApiError | null>;
  onCancel: () => void;
}

/** A respondent answers every item on the response scale; items may be left open (the score is then prorated). */
export function QuestionnaireFill({ detail, respondent, initial, onSubmit, onCancel }: QuestionnaireFillProps) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const { definition, practiceItemTexts } = detail;
  const [answers, setAnswers] = useState<Answers>(() => ({ ...initial }));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const answered = definition.items.filter((item) => answers[item.id] != null).length;
  const withoutText = definition.items.some((item) => itemText(item, practiceItemTexts, language) === '');

  const submit = async () => {
    setSaving(true);
    setFailure(null);
    const problem = await onSubmit(definition.items.map((item) => ({ itemId: item.id, value: answers[item.id] ?? null })));
    setSaving(false);
    if (problem) setFailure(problem);
  };

  const title = localize(definition.title, language);
  return (
    <form
      className="q-fill"
      aria-label={t('questionnaires.fill.label', { title, name: respondent })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('questionnaires.fill.heading', { title, name: respondent })}</h3>
      {definition.instructions && <p className="q-instructions">{localize(definition.instructions, language)}</p>}
      {withoutText && <Notice tone="info">{t('questionnaires.fill.scoresOnly')}</Notice>}
      {definition.items.map((item, index) => {
        const text = itemText(item, practiceItemTexts, language);
        const number = index + 1;
        return (
          <ItemAnswer
            key={item.id}
            name={`q-${definition.key}-${item.id}`}
            legend={text ? `${number}. ${text}` : t('questionnaires.fill.itemNumber', { number })}
            scale={definition.scale}
            value={answers[item.id] ?? null}
            onChange={(value) => setAnswers((current) => ({ ...current, [item.id]: value }))}
          />
        );
      })}
      <p className="q-progress" role="status">
        {t('questionnaires.fill.progress', { answered, total: definition.items.length })}
      </p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="form-actions">
        <Button type="submit" variant="primary" icon="check" disabled={saving}>
          {t('questionnaires.fill.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
