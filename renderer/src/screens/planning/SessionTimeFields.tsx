import { Controller, type Control, type FieldErrors, type FieldValues, type Path, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextField } from '../../ui/Field';
import { fieldText } from '../trajectories/fieldText';
import { durationChoices } from './sessionTime';

interface TimeValues extends FieldValues {
  date: string;
  time: string;
  durationMinutes: string;
}

interface SessionTimeFieldsProps<Values extends TimeValues> {
  control: Control<Values>;
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  /** The session's own length, offered even when it is not one of the usual ones. */
  currentDuration?: number;
}

/** Date, start time and length of a session: the same three fields when planning and when rescheduling. */
export function SessionTimeFields<Values extends TimeValues>({ control, register, errors, currentDuration }: SessionTimeFieldsProps<Values>) {
  const { t } = useTranslation();
  const label = (name: 'date' | 'time' | 'duration') => t(`planning.reschedule.${name}`);
  const error = (name: 'date' | 'time' | 'durationMinutes', text: string) => fieldText(t, errors[name] as never, text);
  return (
    <>
      <Controller
        control={control}
        name={'date' as Path<Values>}
        render={({ field }) => (
          <DateField
            label={label('date')}
            example={dateExamples.nextWeek()}
            error={error('date', label('date'))}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        )}
      />
      <TextField
        label={label('time')}
        hint={t('planning.reschedule.timeHint')}
        error={error('time', label('time'))}
        inputMode="numeric"
        autoComplete="off"
        maxLength={5}
        className="time-field"
        {...register('time' as Path<Values>)}
      />
      <SelectField label={label('duration')} error={error('durationMinutes', label('duration'))} {...register('durationMinutes' as Path<Values>)}>
        {durationChoices(currentDuration).map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {t('trajectories.plan.minutes', { count: minutes })}
          </option>
        ))}
      </SelectField>
    </>
  );
}
