import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';

/** Scales up to this many points are a row of choices; longer ones get a number field. */
const maxPointsAsChoices = 21;

interface RatingControlProps {
  /** Whose rating: the name the group is announced with. */
  name: string;
  scale: { min: number; max: number };
  value: number | null;
  /** The last earlier rating, with its session date already in words. */
  previous: { value: number; date: string } | null;
  onChange: (value: number | null) => void;
}

/** A value typed with a decimal comma or point: "7,5" and "7.5" are both 7.5. */
export function parseRating(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** One participant's rating on a goal's scale, next to what they said last time. */
export function RatingControl({ name, scale, value, previous, onChange }: RatingControlProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const points = scale.max - scale.min + 1;
  const asChoices = points <= maxPointsAsChoices;
  const format = (n: number) => formatNumber(n, i18n.language);
  const change = value !== null && previous ? value - previous.value : null;

  return (
    <fieldset className="rating-control">
      <legend className="rating-name">{t('sessions.goals.ratingOf', { name })}</legend>
      {asChoices ? (
        <ChoiceScale groupName={id} scale={scale} value={value} onChange={onChange} format={format} />
      ) : (
        <NumberScale label={t('sessions.goals.ratingOf', { name })} scale={scale} value={value} onChange={onChange} />
      )}
      <p className="rating-meta">
        {previous ? (
          <span>
            {t('sessions.goals.previous', { value: format(previous.value), date: previous.date })}
            {change !== null && change !== 0 && (
              <span className="rating-change">
                {' '}
                {t('sessions.goals.change', { change: `${change > 0 ? '+' : '−'}${format(Math.abs(change))}` })}
              </span>
            )}
          </span>
        ) : (
          <span>{t('sessions.goals.noPrevious')}</span>
        )}
        {asChoices && value !== null && !Number.isInteger(value) && (
          <span> · {t('sessions.goals.current', { value: format(value) })}</span>
        )}
        {value !== null && (
          <button type="button" className="link-button rating-clear" onClick={() => onChange(null)}>
            {t('sessions.goals.clear')}
            <span className="visually-hidden"> ({name})</span>
          </button>
        )}
      </p>
    </fieldset>
  );
}

interface ChoiceScaleProps {
  groupName: string;
  scale: { min: number; max: number };
  value: number | null;
  onChange: (value: number) => void;
  format: (value: number) => string;
}

/** Radio buttons: Tab reaches the group, the arrow keys move along the scale. */
function ChoiceScale({ groupName, scale, value, onChange, format }: ChoiceScaleProps) {
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return (
    <div className="rating-scale">
      {values.map((point) => (
        <label key={point} className="rating-option">
          <input type="radio" name={groupName} value={point} checked={value === point} onChange={() => onChange(point)} />
          <span>{format(point)}</span>
        </label>
      ))}
    </div>
  );
}

interface NumberScaleProps {
  label: string;
  scale: { min: number; max: number };
  value: number | null;
  onChange: (value: number | null) => void;
}

function NumberScale({ label, scale, value, onChange }: NumberScaleProps) {
  const { t, i18n } = useTranslation();
  const shown = (v: number | null) => (v === null ? '' : formatNumber(v, i18n.language));
  const [text, setText] = useState(shown(value));
  const [wrong, setWrong] = useState(false);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // Changed from outside (cleared, or saved elsewhere): show the new value.
    setLastValue(value);
    setText(shown(value));
  }
  const commit = () => {
    if (text.trim() === '') {
      setWrong(false);
      if (value !== null) onChange(null);
      return;
    }
    const parsed = parseRating(text);
    const fits = parsed !== null && parsed >= scale.min && parsed <= scale.max;
    setWrong(!fits);
    if (fits && parsed !== value) onChange(parsed);
  };
  const errorId = useId();
  return (
    <div className="rating-number">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? errorId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {wrong && (
        <p id={errorId} className="field-error">
          {t('sessions.goals.outsideScale', { min: scale.min, max: scale.max })}
        </p>
      )}
    </div>
  );
}
