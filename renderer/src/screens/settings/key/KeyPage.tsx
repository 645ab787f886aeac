import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Notice';
import { useNotify } from '../../../ui/Toasts';
import { RecoveryKeySheet } from '../../vault/RecoveryKeySheet';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { KeyActionForm } from './KeyActionForm';

interface NewKey {
  recoveryKey: string;
  after: 'newRecoveryKey' | 'rekey';
}

/** Settings → Key & recovery: change the passphrase, make a new recovery key, rotate the data key. */
export function KeyPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [shown, setShown] = useState<NewKey | null>(null);

  if (shown) {
    // Nothing else on the page while a new key is on screen: it is shown once, and it is what matters now.
    return (
      <section className="card settings-section key-shown" aria-labelledby="settings-new-key">
        <h2 id="settings-new-key">{t('safety.key.shownTitle')}</h2>
        <Notice tone="info">{t(shown.after === 'rekey' ? 'safety.key.rekeyed' : 'safety.key.renewed')}</Notice>
        <RecoveryKeySheet
          recoveryKey={shown.recoveryKey}
          continueLabel={t('safety.key.done')}
          onContinue={() => {
            setShown(null);
            notify(t('safety.key.saved'));
          }}
        />
      </section>
    );
  }

  return (
    <>
      <section className="card settings-section" aria-labelledby="settings-passphrase">
        <h2 id="settings-passphrase">{t('settings.passphrase.title')}</h2>
        <p className="muted">{t('settings.passphrase.intro')}</p>
        <ChangePassphraseForm />
      </section>
      <section className="card settings-section" aria-labelledby="settings-recovery-key">
        <h2 id="settings-recovery-key">{t('safety.key.newRecoveryKey.title')}</h2>
        <p className="muted">{t('safety.key.newRecoveryKey.intro')}</p>
        <KeyActionForm
          method="vault.newRecoveryKey"
          submitLabel={t('safety.key.newRecoveryKey.submit')}
          busyLabel={t('safety.key.newRecoveryKey.busy')}
          onRecoveryKey={(recoveryKey) => setShown({ recoveryKey, after: 'newRecoveryKey' })}
        />
      </section>
      <section className="card settings-section" aria-labelledby="settings-rekey">
        <h2 id="settings-rekey">{t('safety.key.rekey.title')}</h2>
        <p className="muted">{t('safety.key.rekey.intro')}</p>
        <p className="muted">{t('safety.key.rekey.backups')}</p>
        <KeyActionForm
          method="vault.rekey"
          submitLabel={t('safety.key.rekey.submit')}
          busyLabel={t('safety.key.rekey.busy')}
          onRecoveryKey={(recoveryKey) => setShown({ recoveryKey, after: 'rekey' })}
        />
      </section>
    </>
  );
}
