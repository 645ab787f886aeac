import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireSummary } from '../../../../shared/contract';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { formatNumber } from '../../i18n/format';
import { screenLanguage } from './language';
import type { QuestionnaireView } from './views';

function QuestionnaireRow({ summary, onOpen }: { summary: QuestionnaireSummary; onOpen: (view: QuestionnaireView) => void }) {
  const { t, i18n } = useTranslation();
  const range = `${formatNumber(summary.scoreRange.min, i18n.language)}–${formatNumber(summary.scoreRange.max, i18n.language)}`;
  return (
    <li className="questionnaire-row">
      <div className="questionnaire-main">
        <button type="button" className="link-button questionnaire-title" onClick={() => onOpen({ kind: 'detail', key: summary.key })}>
          {summary.title}
        </button>
        <p className="questionnaire-badges">
          <span className="badge">{summary.builtIn ? t('questionnaires.builtIn') : t('questionnaires.custom')}</span>
          {!summary.textLicensed && (
            <span className="badge">
              {t('questionnaires.scoringOnly')}
              {summary.itemTextCount > 0 && ` · ${t('questionnaires.ownTexts', { own: summary.itemTextCount, total: summary.itemCount })}`}
            </span>
          )}
          {summary.archivedAt && (
            <span className="badge">
              <Icon name="archive" />
              {t('questionnaires.archived')}
            </span>
          )}
        </p>
        <p className="muted small">
          {t('questionnaires.items', { count: summary.itemCount })} · {t(`questionnaires.method.${summary.method}`)} ·{' '}
          {t('questionnaires.range', { range })}
          {summary.subscales.length > 0 && ` · ${t('questionnaires.subscales', { list: summary.subscales.map((s) => s.title).join(', ') })}`}
        </p>
      </div>
      <div className="questionnaire-actions">
        <Button
          variant="quiet"
          icon="copy"
          aria-label={`${t('questionnaires.copy')}: ${summary.title}`}
          onClick={() => onOpen({ kind: 'copy', key: summary.key })}
        >
          {t('questionnaires.copy')}
        </Button>
        {!summary.textLicensed && (
          <Button
            variant="quiet"
            aria-label={`${t('questionnaires.itemTexts.open')}: ${summary.title}`}
            onClick={() => onOpen({ kind: 'itemTexts', key: summary.key })}
          >
            {t('questionnaires.itemTexts.open')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** Built-in and custom questionnaires; one to make your own, copies of any. */
export function QuestionnaireList({ onOpen }: { onOpen: (view: QuestionnaireView) => void }) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const [showArchived, setShowArchived] = useState(false);
  const read = useRead('questionnaires.list', { language, archived: showArchived ? 'all' : 'active' }, { keepPrevious: true });
  const list = read.data ?? null;
  const failure = read.error;

  const builtIn = list?.filter((q) => q.builtIn) ?? [];
  const custom = list?.filter((q) => !q.builtIn) ?? [];
  return (
    <>
      <PageHeader title={t('questionnaires.title')}>
        <Button variant="primary" icon="plus" onClick={() => onOpen({ kind: 'new' })}>
          {t('questionnaires.new')}
        </Button>
      </PageHeader>
      <p className="muted questionnaires-intro">{t('questionnaires.intro')}</p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {!list && !failure && <BusyNote busy label={t('questionnaires.loading')} />}
      {list && (
        <>
          <section className="questionnaire-group" aria-labelledby="q-builtin">
            <h2 id="q-builtin">{t('questionnaires.builtInTitle')}</h2>
            <ul className="questionnaire-list">
              {builtIn.map((summary) => (
                <QuestionnaireRow key={summary.key} summary={summary} onOpen={onOpen} />
              ))}
            </ul>
          </section>
          <section className="questionnaire-group" aria-labelledby="q-custom">
            <h2 id="q-custom">{t('questionnaires.customTitle')}</h2>
            {custom.length === 0 ? (
              <p className="empty-line muted">{t('questionnaires.customEmpty')}</p>
            ) : (
              <ul className="questionnaire-list">
                {custom.map((summary) => (
                  <QuestionnaireRow key={summary.key} summary={summary} onOpen={onOpen} />
                ))}
              </ul>
            )}
            <label className="checkbox">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              <span>{t('questionnaires.showArchived')}</span>
            </label>
          </section>
        </>
      )}
    </>
  );
}
