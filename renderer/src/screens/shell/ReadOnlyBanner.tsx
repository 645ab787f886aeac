import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../vault/VaultContext';
import { Icon } from '../../ui/Icon';

/** A calm line on every screen while the vault can only be read (a read-only disk or share). */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const call = useCall();
  const [readOnly, setReadOnly] = useState(false);

  useEffect(() => {
    let current = true;
    void call('vault.status', {}).then((result) => {
      if (current && result.ok) setReadOnly(result.value.readOnly);
    });
    return () => {
      current = false;
    };
  }, [call]);

  if (!readOnly) return null;
  return (
    <div className="read-only-banner" role="note">
      <Icon name="lock" />
      <p>
        <strong>{t('safety.readOnly.title')}</strong> {t('safety.readOnly.text')}
      </p>
    </div>
  );
}
