import { useTranslation } from 'react-i18next';
import { passphraseStrength } from './passphraseStrength';

const advice = { weak: 'adviceWeak', fair: 'adviceFair', strong: 'adviceStrong' } as const;

/** Three bars and words; the words carry the meaning, the bars only echo them. */
export function StrengthHint({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase);
  const filled = strength === 'strong' ? 3 : strength === 'fair' ? 2 : strength === 'weak' ? 1 : 0;
  return (
    <div className={`strength strength-${strength ?? 'none'}`}>
      {strength && (
        <div className="strength-bars" aria-hidden="true">
          {[1, 2, 3].map((bar) => (
            <span key={bar} className={bar <= filled ? 'strength-bar filled' : 'strength-bar'} />
          ))}
        </div>
      )}
      <p aria-live="polite">
        {strength && (
          <>
            <strong>{t('vault.strength.label', { level: t(`vault.strength.${strength}`) })}</strong>
            {'. '}
            {t(`vault.strength.${advice[strength]}`)}
          </>
        )}
      </p>
    </div>
  );
}
