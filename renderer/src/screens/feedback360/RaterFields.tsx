import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { raterRoles, type RaterRole } from '../../../../shared/contract/feedback360';
import type { Language } from '../../../../shared/contract/fields';
import { FieldFrame } from '../../ui/Field';

export interface RaterDraft {
  label: string;
  role: RaterRole;
  language: Language;
}

interface RaterFieldsProps {
  draft: RaterDraft;
  onChange: (draft: RaterDraft) => void;
  error?: string | undefined;
  /** "Beoordelaar 2" in a list of several; absent for a single rater. */
  legend?: string;
  labelRef?: Ref<HTMLInputElement> | undefined;
  /** In a list the hint that labels stay private is said once above it, not on every row. */
  withHint?: boolean;
  /** After the fields, inside the row: the button that takes this rater out of the list. */
  extra?: ReactNode;
}

/** One rater: the practitioner's own label (private), a role and the form's language. */
export function RaterFields({ draft, onChange, error, legend, labelRef, withHint = true, extra }: RaterFieldsProps) {
  const { t } = useTranslation();
  const fields = (
    <div className="rater-fields">
      <FieldFrame label={t('feedback360.dialog.label')} hint={withHint ? t('feedback360.dialog.labelHint') : undefined} error={error} required>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            ref={labelRef}
            maxLength={80}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={draft.label}
            onChange={(e) => onChange({ ...draft, label: e.target.value })}
          />
        )}
      </FieldFrame>
      <FieldFrame label={t('feedback360.role')}>
        {({ id, describedBy }) => (
          <select id={id} aria-describedby={describedBy} value={draft.role} onChange={(e) => onChange({ ...draft, role: e.target.value as RaterRole })}>
            {raterRoles.map((role) => (
              <option key={role} value={role}>
                {t(`feedback360.roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <FieldFrame label={t('feedback360.language')}>
        {({ id, describedBy }) => (
          <select id={id} aria-describedby={describedBy} value={draft.language} onChange={(e) => onChange({ ...draft, language: e.target.value as Language })}>
            <option value="nl">{t('feedback360.languages.nl')}</option>
            <option value="en">{t('feedback360.languages.en')}</option>
          </select>
        )}
      </FieldFrame>
    </div>
  );
  if (!legend) return fields;
  return (
    <fieldset className="rater-row">
      <legend>{legend}</legend>
      {fields}
      {extra}
    </fieldset>
  );
}
