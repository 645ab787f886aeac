import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type LocalizedText } from '../../../../shared/questionnaires/definition';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNotify } from '../../ui/Toasts';
import { screenLanguage } from './language';

/**
 * The practice's own item text for a scoring-only questionnaire (Rempel, Edmondson): typed from
 * the practitioner's licensed copy, stored in the vault, shown when the questionnaire is filled in.
 */
export function PracticeItemTexts({ questionnaireKey, onDone }: { questionnaireKey: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  // Saving goes back to the questionnaire: the definition is only marked old here, and asked again there.
  const write = useWrite({ alreadyShown: ['questionnaires.get'] });
  const notify = useNotify();
  const language = screenLanguage(i18n.language);
  const read = useRead('questionnaires.get', { key: questionnaireKey });
  const detail = read.data ?? null;
  // What is typed here; until then, the texts the vault holds.
  const [edited, setEdited] = useState<Record<string, LocalizedText> | null>(null);
  const [saveFailure, setFailure] = useState<ApiError | null>(null);
  const failure = saveFailure ?? read.error;
  const [saving, setSaving] = useState(false);

  if (!detail) {
    return failure ? <Notice tone="error">{apiErrorText(t, failure)}</Notice> : <BusyNote busy label={t('questionnaires.loading')} />;
  }
  const { definition } = detail;
  const texts = edited ?? detail.practiceItemTexts;
  const set = (itemId: string, lang: 'nl' | 'en', value: string) =>
    setEdited((current) => {
      const shown = current ?? detail.practiceItemTexts;
      return { ...shown, [itemId]: { nl: shown[itemId]?.nl ?? '', en: shown[itemId]?.en ?? '', [lang]: value } };
    });

  const save = async () => {
    setSaving(true);
    setFailure(null);
    const result = await write('questionnaires.setItemTexts', {
      key: definition.key,
      texts: definition.items.map((item) => ({ itemId: item.id, text: { nl: texts[item.id]?.nl ?? '', en: texts[item.id]?.en ?? '' } })),
    });
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    notify(t('questionnaires.itemTexts.saved'));
    onDone();
  };

  return (
    <>
      <PageHeader title={t('questionnaires.itemTexts.title', { title: localize(definition.title, language) })} />
      <Notice tone="info">{t('questionnaires.itemTexts.intro')}</Notice>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <form
        className="item-texts"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ol className="editor-rows">
          {definition.items.map((item, index) => {
            const number = index + 1;
            return (
              <li key={item.id} className="card editor-row">
                <h2 className="item-number">
                  {t('questionnaires.editor.itemNumber', { number })}
                  {item.reverseKeyed && <span className="badge">{t('questionnaires.detail.reverse')}</span>}
                </h2>
                <div className="localized-fields">
                  <TextField
                    label={t('questionnaires.editor.inDutch', { label: t('questionnaires.editor.itemText') })}
                    lang="nl"
                    maxLength={1000}
                    value={texts[item.id]?.nl ?? ''}
                    onChange={(event) => set(item.id, 'nl', event.target.value)}
                  />
                  <TextField
                    label={t('questionnaires.editor.inEnglish', { label: t('questionnaires.editor.itemText') })}
                    lang="en"
                    maxLength={1000}
                    value={texts[item.id]?.en ?? ''}
                    onChange={(event) => set(item.id, 'en', event.target.value)}
                  />
                </div>
              </li>
            );
          })}
        </ol>
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="check" disabled={saving}>
            {t('common.save')}
          </Button>
          <Button variant="quiet" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
