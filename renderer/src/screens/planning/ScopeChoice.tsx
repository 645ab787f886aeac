import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type Scope = 'this' | 'following';

/** For a session of a series: change this one only, or this one and the later ones too. */
export function ScopeChoice({ value, onChange }: { value: Scope; onChange: (scope: Scope) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="scope-choice">
      <legend>{t('planning.scope.legend')}</legend>
      {(['this', 'following'] as const).map((scope) => (
        <label key={scope} className="radio">
          <input type="radio" name={name} value={scope} checked={value === scope} onChange={() => onChange(scope)} />
          <span>{t(`planning.scope.${scope}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
