import { useTranslation } from 'react-i18next';
import type { Agreement, TrajectoryDetail } from '../../../../shared/contract';
import { Notice } from '../../ui/Notice';
import { useAgreementCorrections } from '../planning/useAgreementCorrections';
import type { AgreementOwner } from '../../../../shared/domain/agreement';
import { KeptRateChart, seriesStyle } from '../../charts';
import { formatDay } from '../../i18n/format';
import { ownerLabel } from './labels';
import { OutcomeMark } from './OutcomeMark';
import { ShowAllButton, useShownPart } from '../../ui/ShownPart';

/** Open agreements (overdue first) and reviewed ones with their outcome, and the kept-rate over time; each can be corrected. */
export function AgreementsSection({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useTranslation();
  const { trajectory, agreements } = detail;
  const corrections = useAgreementCorrections(trajectory);
  const overdue = new Set(detail.overdueAgreementIds);
  const open = agreements
    .filter((a) => a.review === null)
    .sort((a, b) => Number(overdue.has(b.id)) - Number(overdue.has(a.id)) || a.madeOn.localeCompare(b.madeOn));
  const reviewed = agreements
    .filter((a) => a.review !== null)
    .sort((a, b) => (b.review!.reviewedOn ?? '').localeCompare(a.review!.reviewedOn ?? ''));
  const shownReviewed = useShownPart(reviewed);
  const owner = (o: AgreementOwner) => ownerLabel(t, o, trajectory.participants, trajectory.kind);
  const ownerStyle = (o: AgreementOwner) =>
    o.kind === 'participant' ? seriesStyle(trajectory.participants.findIndex((p) => p.id === o.participantId)) : undefined;

  return (
    <section className="trajectory-section" aria-labelledby="agreements-heading">
      <div className="section-head">
        <h2 id="agreements-heading">{t('trajectories.agreements.title')}</h2>
      </div>
      {corrections.failure && <Notice tone="error">{corrections.failure}</Notice>}
      {agreements.length === 0 ? (
        <p className="section-empty">{t('trajectories.agreements.empty')}</p>
      ) : (
        <>
          <h3 className="subsection-title">{t('trajectories.agreements.openTitle', { count: open.length })}</h3>
          {open.length === 0 ? (
            <p className="muted">{t('trajectories.agreements.noneOpen')}</p>
          ) : (
            <AgreementTable agreements={open} overdue={overdue} owner={owner} reviewed={false} onEdit={corrections.edit} onRemove={corrections.remove} />
          )}
          {reviewed.length > 0 && (
            <>
              <h3 className="subsection-title">{t('trajectories.agreements.reviewedTitle', { count: reviewed.length })}</h3>
              <AgreementTable agreements={shownReviewed.shown} overdue={overdue} owner={owner} reviewed onEdit={corrections.edit} />
              <ShowAllButton part={shownReviewed} showAll={t('trajectories.agreements.showAllReviewed', { count: reviewed.length })} />
            </>
          )}
          <div className="kept-rate-block">
            <h3 className="subsection-title">{t('charts.keptRate.title')}</h3>
            <KeptRateChart keptRate={detail.keptRate} ownerLabel={owner} ownerStyle={ownerStyle} showTitle={false} />
          </div>
        </>
      )}
      {corrections.dialogs}
    </section>
  );
}


interface AgreementTableProps {
  agreements: readonly Agreement[];
  overdue: Set<number>;
  owner: (owner: AgreementOwner) => string;
  reviewed: boolean;
  onEdit: (agreement: Agreement) => void;
  /** Only open agreements can be removed (core refuses the others). */
  onRemove?: (agreement: Agreement) => void;
}

function AgreementTable({ agreements, overdue, owner, reviewed, onEdit, onRemove }: AgreementTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const due = (a: Agreement) =>
    a.due.kind === 'date' ? t('trajectories.agreements.dueOn', { date: formatDay(a.due.date, language) }) : t('trajectories.agreements.dueNext');
  return (
    <table className="data-table agreement-table">
      <caption className="visually-hidden">
        {reviewed ? t('trajectories.agreements.reviewedCaption') : t('trajectories.agreements.openCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('trajectories.agreements.columnText')}</th>
          <th scope="col">{t('trajectories.agreements.columnOwner')}</th>
          <th scope="col">{reviewed ? t('trajectories.agreements.columnReviewed') : t('trajectories.agreements.columnDue')}</th>
          <th scope="col">{t('trajectories.agreements.columnState')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('trajectories.agreements.columnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {agreements.map((a) => (
          <tr key={a.id} className={overdue.has(a.id) && !a.review ? 'row-overdue' : undefined}>
            <td>
              <span className="agreement-text">{a.text}</span>
              <span className="muted small agreement-made">
                {t('trajectories.agreements.madeOn', { date: formatDay(a.madeOn, language) })}
                {a.repairPlanIds.length > 0 && <> · {t('trajectories.agreements.repairAction')}</>}
              </span>
            </td>
            <td>{owner(a.owner)}</td>
            <td>
              {reviewed
                ? a.review?.reviewedOn
                  ? formatDay(a.review.reviewedOn, language)
                  : t('trajectories.agreements.reviewSessionGone')
                : due(a)}
            </td>
            <td>
              <OutcomeMark outcome={a.review?.outcome ?? null} overdue={overdue.has(a.id)} />
              {a.review?.note && <span className="review-note">{a.review.note}</span>}
              {a.replacedById !== null && <span className="muted small review-note">{t('trajectories.agreements.replaced')}</span>}
              {a.amendedAt && <span className="muted small review-note">{t('planning.agreement.amended')}</span>}
            </td>
            <td className="row-actions">
              <div className="row-action-links">
                <button type="button" className="link-button" aria-label={t('planning.agreement.editLabel', { text: a.text })} onClick={() => onEdit(a)}>
                  {t('planning.agreement.edit')}
                </button>
                {onRemove && (
                  <button type="button" className="link-button danger-link" aria-label={t('planning.agreement.removeLabel', { text: a.text })} onClick={() => onRemove(a)}>
                    {t('planning.agreement.remove')}
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
