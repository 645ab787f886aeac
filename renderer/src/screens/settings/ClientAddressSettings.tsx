import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientAddress, Practice } from '../../../../shared/contract/practice';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';

const addresses: ClientAddress[] = ['je', 'u'];

/** "je" or "u" in every Dutch document a client receives; saved as soon as it is chosen. */
export function ClientAddressSettings({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<ClientAddress>(practice.clientAddress);

  const choose = async (address: ClientAddress) => {
    const previous = selected;
    setSelected(address);
    setFailure(null);
    const result = await write('practice.update', { clientAddress: address });
    if (result.ok) notify(t('settings.clientAddress.saved'));
    else {
      setSelected(previous);
      setFailure(result.error);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-client-address">
      <h2 id="settings-client-address">{t('settings.clientAddress.title')}</h2>
      <p className="muted">{t('settings.clientAddress.intro')}</p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <fieldset className="radio-group">
        <legend className="visually-hidden">{t('settings.clientAddress.title')}</legend>
        {addresses.map((address) => (
          <label key={address} className="radio">
            <input
              type="radio"
              name="clientAddress"
              value={address}
              checked={selected === address}
              onChange={() => void choose(address)}
            />
            <span>
              {t(`settings.clientAddress.${address}`)} <span className="muted" lang="nl">{t(`settings.clientAddress.${address}Example`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted">{t('settings.clientAddress.englishNote')}</p>
    </section>
  );
}
