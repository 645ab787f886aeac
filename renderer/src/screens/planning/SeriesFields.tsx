import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SeriesPreview } from '../../../../shared/contract';
import { formatDayAndTime } from '../../i18n/format';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { fieldText } from '../trajectories/fieldText';
import type { SessionPlanValues } from '../trajectories/sessionPlan';

interface SeriesFieldsProps {
  control: Control<SessionPlanValues>;
  values: SessionPlanValues;
  errors: FieldErrors<SessionPlanValues>;
  preview: SeriesPreview | null;
  register: UseFormRegister<SessionPlanValues>;
  onPreview: () => void;
}

/** Repeat every N weeks until a date or a number of times, with the dates (and their overlaps) shown before planning. */
export function SeriesFields({ control, values, errors, preview, register, onPreview }: SeriesFieldsProps) {
  const { t, i18n } = useTranslation();
  const label = (name: 'everyWeeks' | 'count' | 'until') => t(`planning.series.${name}`);
  return (
    <div className="series-fields">
      <Controller
        control={control}
        name="repeat"
        render={({ field }) => (
          <label className="checkbox">
            <input type="checkbox" checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />
            <span>{t('planning.series.repeat')}</span>
          </label>
        )}
      />
      {values.repeat && (
        <>
          <div className="field-grid">
            <TextField
              label={label('everyWeeks')}
              hint={t('planning.series.everyWeeksHint')}
              inputMode="numeric"
              maxLength={2}
              error={fieldText(t, errors.everyWeeks, label('everyWeeks'))}
              {...register('everyWeeks')}
            />
            <Controller
              control={control}
              name="endKind"
              render={({ field }) => (
                <fieldset className="radio-group series-end">
                  <legend className="field-label">{t('planning.series.endKind')}</legend>
                  {(['count', 'until'] as const).map((kind) => (
                    <label key={kind} className="radio">
                      <input type="radio" name="series-end" checked={field.value === kind} onChange={() => field.onChange(kind)} />
                      <span>{t(kind === 'count' ? 'planning.series.byCount' : 'planning.series.byDate')}</span>
                    </label>
                  ))}
                </fieldset>
              )}
            />
            {values.endKind === 'count' ? (
              <TextField label={label('count')} inputMode="numeric" maxLength={3} error={fieldText(t, errors.count, label('count'))} {...register('count')} />
            ) : (
              <Controller
                control={control}
                name="until"
                render={({ field }) => (
                  <DateField
                    label={label('until')}
                    example={dateExamples.inTwoWeeks()}
                    error={fieldText(t, errors.until, label('until'))}
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                  />
                )}
              />
            )}
          </div>
          <button type="button" className="button button-secondary" onClick={onPreview}>
            <span>{t('planning.series.preview')}</span>
          </button>
          {preview && (
            <div className="series-preview">
              <p className="series-preview-title">{t('planning.series.previewTitle', { count: preview.occurrences.length })}</p>
              <ol>
                {preview.occurrences.map((o) => (
                  <li key={o.startsAt} className={o.overlaps.length > 0 ? 'series-overlap' : undefined}>
                    {formatDayAndTime(o.startsAt, i18n.language)}
                    {o.overlaps.length > 0 && (
                      <span className="series-overlap-note">
                        {' '}
                        <Icon name="alert" /> {t('planning.series.overlapsWith', { titles: o.overlaps.map((x) => x.trajectoryTitle).join(', ') })}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          )}
        </>
      )}
    </div>
  );
}
