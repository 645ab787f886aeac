import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemText, localize } from '../../../../shared/questionnaires/definition';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNotify } from '../../ui/Toasts';
import { formatNumber } from '../../i18n/format';
import { BandLabel } from './BandLabel';
import { screenLanguage } from './language';
import type { QuestionnaireView } from './views';

/** One questionnaire as defined: scale, items, scoring and bands, with what can be done with it. */
export function QuestionnaireDetailView({ questionnaireKey, onOpen }: { questionnaireKey: string; onOpen: (view: QuestionnaireView) => void }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const language = screenLanguage(i18n.language);
  // Archiving asks the questionnaire again through its write: the page shows what core now holds.
  const read = useRead('questionnaires.get', { key: questionnaireKey });
  const detail = read.data ?? null;
  const [archiveFailure, setFailure] = useState<ApiError | null>(null);
  const failure = archiveFailure ?? read.error;
  const [askArchive, setAskArchive] = useState(false);

  if (!detail) {
    return failure ? <Notice tone="error">{apiErrorText(t, failure)}</Notice> : <BusyNote busy label={t('questionnaires.loading')} />;
  }
  const d = detail.definition;
  const format = (n: number) => formatNumber(n, i18n.language);
  const subscaleTitle = (key: string | undefined) => {
    const subscale = d.scoring.subscales.find((s) => s.key === key);
    return subscale ? localize(subscale.title, language) : '';
  };
  const archive = async (archived: boolean) => {
    const result = await write('questionnaires.archive', { key: d.key, archived });
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    notify(archived ? t('questionnaires.archivedToast') : t('questionnaires.unarchivedToast'));
  };

  return (
    <>
      <PageHeader title={localize(d.title, language)}>
        <Button icon="copy" onClick={() => onOpen({ kind: 'copy', key: d.key })}>
          {t('questionnaires.copy')}
        </Button>
        {!detail.builtIn && (
          <Button variant="primary" onClick={() => onOpen({ kind: 'edit', key: d.key })}>
            {t('questionnaires.edit')}
          </Button>
        )}
        {!d.textLicensed && (
          <Button variant={detail.builtIn ? 'primary' : 'secondary'} onClick={() => onOpen({ kind: 'itemTexts', key: d.key })}>
            {t('questionnaires.itemTexts.open')}
          </Button>
        )}
      </PageHeader>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <p className="questionnaire-badges">
        <span className="badge">{detail.builtIn ? t('questionnaires.builtIn') : t('questionnaires.custom')}</span>
        {!d.textLicensed && <span className="badge">{t('questionnaires.scoringOnly')}</span>}
        <span className="badge">{t('questionnaires.version', { version: d.version })}</span>
        {detail.archivedAt && <span className="badge">{t('questionnaires.archived')}</span>}
      </p>
      {localize(d.instructions, language) && <p className="lead">{localize(d.instructions, language)}</p>}
      {localize(d.source, language) && (
        <details className="card questionnaire-source">
          <summary>{t('questionnaires.detail.source')}</summary>
          <p>{localize(d.source, language)}</p>
        </details>
      )}
      <section className="card detail-section" aria-labelledby="q-scale">
        <h2 id="q-scale">{t('questionnaires.detail.scale', { min: format(d.scale.min), max: format(d.scale.max) })}</h2>
        {d.scale.labels.length > 0 && (
          <ul className="scale-labels">
            {d.scale.labels.map((label) => (
              <li key={label.value}>
                <strong>{format(label.value)}</strong> {localize(label.label, language)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card detail-section" aria-labelledby="q-items">
        <h2 id="q-items">{t('questionnaires.items', { count: d.items.length })}</h2>
        {!d.textLicensed && <p className="muted">{t('questionnaires.detail.scoringOnlyText')}</p>}
        <table className="item-table">
          <thead>
            <tr>
              <th scope="col">{t('questionnaires.detail.number')}</th>
              <th scope="col">{t('questionnaires.detail.text')}</th>
              <th scope="col">{t('questionnaires.detail.keying')}</th>
              {d.scoring.subscales.length > 0 && <th scope="col">{t('questionnaires.editor.subscale')}</th>}
            </tr>
          </thead>
          <tbody>
            {d.items.map((item, index) => {
              const text = itemText(item, detail.practiceItemTexts, language);
              return (
                <tr key={item.id}>
                  <td>{index + 1}</td>
                  <td>
                    {text || <span className="muted">{t('questionnaires.detail.noText')}</span>}
                    {!item.text && text && <span className="badge own-text">{t('questionnaires.detail.ownText')}</span>}
                  </td>
                  <td>{item.reverseKeyed ? t('questionnaires.detail.reverse') : t('questionnaires.detail.normal')}</td>
                  {d.scoring.subscales.length > 0 && <td>{subscaleTitle(item.subscale)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="card detail-section" aria-labelledby="q-scoring">
        <h2 id="q-scoring">{t('questionnaires.editor.scoring')}</h2>
        <p>
          {t(`questionnaires.method.${d.scoring.method}`)} ·{' '}
          {t('questionnaires.range', { range: `${format(detail.ranges.total.min)}–${format(detail.ranges.total.max)}` })} ·{' '}
          {t('questionnaires.detail.maxMissing', { count: d.scoring.maxMissing })}
        </p>
        {d.scoring.bands.length > 0 ? (
          <ul className="band-list">
            {d.scoring.bands.map((band) => (
              <li key={`${band.from}-${band.to}`}>
                <span className="band-range">
                  {format(band.from)}–{format(band.to)}
                </span>
                <BandLabel band={band} language={language} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('questionnaires.detail.noBands')}</p>
        )}
        {d.scoring.subscales.length > 0 && (
          <>
            <h3>{t('questionnaires.editor.subscales')}</h3>
            <ul className="subscale-list">
              {d.scoring.subscales.map((s) => {
                const range = detail.ranges.subscales[s.key];
                return (
                  <li key={s.key}>
                    {localize(s.title, language)}{' '}
                    <span className="muted">
                      ({t('questionnaires.items', { count: d.items.filter((item) => item.subscale === s.key).length })}
                      {range && `, ${format(range.min)}–${format(range.max)}`})
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      {!detail.builtIn && (
        <div className="form-actions">
          <Button variant="quiet" icon="archive" onClick={() => setAskArchive(true)}>
            {detail.archivedAt ? t('questionnaires.unarchive') : t('questionnaires.archive')}
          </Button>
          <span className="muted small">{t('questionnaires.detail.responses', { count: detail.responseCount })}</span>
        </div>
      )}
      <ConfirmDialog
        open={askArchive}
        onOpenChange={setAskArchive}
        title={detail.archivedAt ? t('questionnaires.unarchiveTitle') : t('questionnaires.archiveTitle')}
        description={detail.archivedAt ? t('questionnaires.unarchiveText') : t('questionnaires.archiveText')}
        confirmLabel={detail.archivedAt ? t('questionnaires.unarchive') : t('questionnaires.archive')}
        onConfirm={() => void archive(!detail.archivedAt)}
      />
    </>
  );
}
