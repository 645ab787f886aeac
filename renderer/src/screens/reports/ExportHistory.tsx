import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { reportSectionKeys, type ReportExport, type ReportOptions } from '../../../../shared/contract/reports';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useNotify } from '../../ui/Toasts';
import { formatDate, formatMoment, formatSessionDay } from '../../i18n/format';

interface ExportHistoryProps {
  exports: ReportExport[] | null;
  sessions: ReportOptions['sessions'];
}

/** Every report saved from this trajectory, with the file's SHA-256: proof of what was sent to whom. */
export function ExportHistory({ exports, sessions }: ExportHistoryProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const startsAt = new Map(sessions.map((s) => [s.id, s.startsAt]));
  const day = (id: number | null) => {
    const start = id === null ? undefined : startsAt.get(id);
    return start ? formatSessionDay(start, i18n.language) : '–';
  };
  // The dates printed on the report; records from before those were kept name their sessions.
  const period = (item: ReportExport) =>
    item.periodFrom !== null && item.periodTo !== null
      ? t('reports.period.range', { from: formatDate(item.periodFrom, i18n.language), to: formatDate(item.periodTo, i18n.language) })
      : item.fromSessionId === null && item.toSessionId === null
        ? t('reports.period.all')
        : t('reports.period.range', { from: day(item.fromSessionId), to: day(item.toSessionId) });

  const copy = async (hash: string) => {
    try {
      await navigator.clipboard.writeText(hash);
      notify(t('reports.history.copied'));
    } catch {
      notify(t('reports.history.copyFailed'), 'info');
    }
  };

  return (
    <section className="report-history" aria-labelledby="report-history-title">
      <h2 id="report-history-title">{t('reports.history.title')}</h2>
      <p className="muted">{t('reports.history.intro')}</p>
      {exports === null ? (
        <BusyNote busy label={t('reports.history.loading')} />
      ) : exports.length === 0 ? (
        <p className="history-empty">{t('reports.history.empty')}</p>
      ) : (
        <table className="report-history-table">
          <thead>
            <tr>
              <th scope="col" className="history-when">
                {t('reports.history.createdAt')}
              </th>
              <th scope="col" className="history-for">
                {t('reports.history.audience')}
              </th>
              <th scope="col" className="history-period">
                {t('reports.history.period')}
              </th>
              <th scope="col">{t('reports.history.sections')}</th>
              <th scope="col" className="history-file">
                {t('reports.history.file')}
              </th>
            </tr>
          </thead>
          <tbody>
            {exports.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <time dateTime={item.createdAt}>{formatMoment(item.createdAt, i18n.language)}</time>
                </th>
                <td>
                  <span className="history-audience">{item.audienceLabel}</span>
                  <span className="history-meta" lang={item.language}>
                    {t(`language.${item.language}`)}
                  </span>
                  <span className="history-meta">
                    <Icon name={item.passwordProtected ? 'lock' : 'unlock'} />
                    {item.passwordProtected ? t('reports.history.withPassword') : t('reports.history.withoutPassword')}
                  </span>
                </td>
                <td>
                  {period(item)}
                  <span className="history-meta">{item.full ? t('reports.history.full') : t('reports.history.concise')}</span>
                </td>
                <td>
                  {item.sections.length === reportSectionKeys.length
                    ? t('reports.history.allSections')
                    : item.sections.map((key) => t(`reports.sections.${key}`)).join(', ')}
                </td>
                <td className="history-file">
                  <span className="history-file-name">{item.fileName}</span>
                  <details className="history-hash">
                    <summary>
                      <code title={item.sha256}>{shortHash(item.sha256)}</code>
                      <span className="visually-hidden">{t('reports.history.showHash')}</span>
                    </summary>
                    <p className="hash-full">
                      <span className="visually-hidden">{t('reports.history.fullHash', { fileName: item.fileName })}: </span>
                      <code>{hashInGroups(item.sha256)}</code>
                    </p>
                    <Button variant="quiet" icon="copy" onClick={() => void copy(item.sha256)}>
                      {t('reports.history.copy')}
                    </Button>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The full value, allowed to wrap only between groups of 16, so each line stays comparable. */
function hashInGroups(sha256: string) {
  const groups = sha256.match(/.{1,16}/g) ?? [sha256];
  return groups.map((group, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {group}
    </Fragment>
  ));
}

/** `3f9a1c2b…9e0d77aa`: enough to tell files apart at a glance; the full value is one click away. */
export function shortHash(sha256: string): string {
  return sha256.length > 20 ? `${sha256.slice(0, 8)}…${sha256.slice(-8)}` : sha256;
}
