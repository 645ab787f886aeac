import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInCadence, checkInEveryOptions, type CheckInEvery } from '../../../../shared/contract/checkIns';
import type { CheckInQuestionnaire, InputOf } from '../../../../shared/contract';
import { localize } from '../../../../shared/questionnaires/definition';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
import { useWrite } from '../../api/useWrite';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { screenLanguage } from '../questionnaires/language';
import { checkInEveryText } from './checkInEvery';

type Cadence = InputOf<'checkIns.set'>['questionnaires'][number];

const asCadence = (q: CheckInQuestionnaire): Cadence => ({ questionnaireKey: q.questionnaireKey, every: q.every, weeks: q.weeks });
const refusals = ['questionnaire_does_not_fit', 'archived'] as const;

/** Which questionnaires are this trajectory's check-ins and how often; each change is saved at once, like participants. */
export function CheckInQuestionnairesField({ trajectoryId }: { trajectoryId: number }) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const plan = useRead('checkIns.get', { trajectoryId }).data;
  const write = useWrite();
  const notify = useNotify();
  const [adding, setAdding] = useState<{ key: string; every: CheckInEvery; weeks: string }>({ key: '', every: 'month', weeks: '4' });
  const [weeksError, setWeeksError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!plan) return null;
  const chosen = plan.questionnaires;
  const choosable = plan.offered.filter((q) => !chosen.some((c) => c.questionnaireKey === q.key));
  const addKey = choosable.some((q) => q.key === adding.key) ? adding.key : (choosable[0]?.key ?? '');
  const weeksLabel = t('checkIns.editor.weeks');

  const save = async (questionnaires: Cadence[]) => {
    setBusy(true);
    setFailure(null);
    const result = await write('checkIns.set', { trajectoryId, questionnaires });
    setBusy(false);
    if (!result.ok) return setFailure(refusal(result.error));
    notify(t('checkIns.editor.saved'));
    return true;
  };

  const refusal = (error: ApiError) => {
    const reason = refusals.find((r) => r === error.reason);
    return reason ? t(`checkIns.editor.refused.${reason}`) : apiErrorText(t, error);
  };

  const add = async () => {
    // The contract's own check, in the form's words: the field is named in the sentence.
    const parsed = checkInCadence.safeParse(
      { questionnaireKey: addKey, every: adding.every, weeks: adding.every === 'weeks' ? Number(adding.weeks || NaN) : null },
      formErrors,
    );
    if (!parsed.success) {
      setWeeksError(fieldErrorText(t, { type: 'validate', message: parsed.error.issues[0]?.message ?? 'invalid' }, weeksLabel));
      return;
    }
    setWeeksError(undefined);
    if (await save([...chosen.map(asCadence), parsed.data])) setAdding({ key: '', every: 'month', weeks: '4' });
  };

  return (
    <fieldset className="check-in-questionnaires">
      <legend>{t('checkIns.editor.title')}</legend>
      <p className="field-hint">{t('checkIns.editor.hint')}</p>
      {failure && <Notice tone="error">{failure}</Notice>}
      {chosen.length === 0 ? (
        <p className="muted">{t('checkIns.editor.none')}</p>
      ) : (
        <ul className="plain-list check-in-list">
          {chosen.map((c) => {
            const title = localize(c.questionnaireTitle, language);
            return (
              <li key={c.questionnaireKey}>
                <span>
                  <strong>{title}</strong> · {checkInEveryText(t, c)}
                  {!c.clientCanAnswer && <span className="muted small fact-detail">{t('checkIns.editor.notClientAnswerable')}</span>}
                </span>
                <Button
                  variant="quiet"
                  disabled={busy}
                  aria-label={t('checkIns.editor.removeLabel', { title })}
                  onClick={() => void save(chosen.filter((o) => o.questionnaireKey !== c.questionnaireKey).map(asCadence))}
                >
                  {t('checkIns.editor.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {choosable.length === 0 ? (
        <p className="muted">{t('checkIns.editor.allChosen')}</p>
      ) : (
        <div className="field-grid check-in-add">
          <SelectField label={t('checkIns.editor.questionnaire')} value={addKey} onChange={(e) => setAdding({ ...adding, key: e.target.value })}>
            {choosable.map((q) => (
              <option key={q.key} value={q.key}>
                {localize(q.title, language)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('checkIns.editor.often')} value={adding.every} onChange={(e) => setAdding({ ...adding, every: e.target.value as CheckInEvery })}>
            {checkInEveryOptions.map((every) => (
              <option key={every} value={every}>
                {t(`checkIns.everyOption.${every}`)}
              </option>
            ))}
          </SelectField>
          {adding.every === 'weeks' && (
            <TextField
              label={weeksLabel}
              hint={t('checkIns.editor.weeksHint')}
              error={weeksError}
              inputMode="numeric"
              maxLength={2}
              autoComplete="off"
              className="number-field"
              value={adding.weeks}
              onChange={(e) => setAdding({ ...adding, weeks: e.target.value })}
              onKeyDown={(e) => {
                // Enter adds the check-in here, instead of saving the whole trajectory form around it.
                if (e.key !== 'Enter') return;
                e.preventDefault();
                void add();
              }}
            />
          )}
        </div>
      )}
      {choosable.length > 0 && (
        <Button icon="plus" disabled={busy || !addKey} onClick={() => void add()}>
          {t('checkIns.editor.add')}
        </Button>
      )}
    </fieldset>
  );
}
