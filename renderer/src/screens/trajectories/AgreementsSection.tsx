import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, TrajectoryDetail } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useCall } from '../../session/SessionContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { EditAgreementDialog } from '../planning/EditAgreementDialog';
import type { AgreementOwner } from '../../../../shared/domain/agreement';
import { KeptRateChart, seriesStyle } from '../../charts';
import { formatDay } from '../../i18n/format';
import { ownerLabel } from './labels';
import { OutcomeMark } from './OutcomeMark';
import { ShowAllButton, useShownPart } from '../../ui/ShownPart';

/** Open agreements (overdue first) and reviewed ones with their outcome, and the kept-rate over time; each can be corrected. */
export function AgreementsSection({ detail, onChanged }: { detail: TrajectoryDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const call = useCall();
  const notify = useNotify();
  const [editing, setEditing] = useState<Agreement | null>(null);
  const [removing, setRemoving] = useState<Agreement | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async (agreement: Agreement) => {
    setFailure(null);
    const result = await call('agreements.remove', { id: agreement.id });
    if (result.ok) {
      notify(t('planning.agreement.removed'));
      onChanged();
    } else setFailure(removeRefusal(t, result.error));
  };
  const { trajectory, agreements } = detail;
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
      {failure && <Notice tone="error">{failure}</Notice>}
      {agreements.length === 0 ? (
        <p className="section-empty">{t('trajectories.agreements.empty')}</p>
      ) : (
        <>
          <h3 className="subsection-title">{t('trajectories.agreements.openTitle', { count: open.length })}</h3>
          {open.length === 0 ? (
            <p className="muted">{t('trajectories.agreements.noneOpen')}</p>
          ) : (
            <AgreementTable agreements={open} overdue={overdue} owner={owner} reviewed={false} onEdit={setEditing} onRemove={setRemoving} />
          )}
          {reviewed.length > 0 && (
            <>
              <h3 className="subsection-title">{t('trajectories.agreements.reviewedTitle', { count: reviewed.length })}</h3>
              <AgreementTable agreements={shownReviewed.shown} overdue={overdue} owner={owner} reviewed onEdit={setEditing} />
              <ShowAllButton part={shownReviewed} showAll={t('trajectories.agreements.showAllReviewed', { count: reviewed.length })} />
            </>
          )}
          <div className="kept-rate-block">
            <h3 className="subsection-title">{t('charts.keptRate.title')}</h3>
            <KeptRateChart keptRate={detail.keptRate} ownerLabel={owner} ownerStyle={ownerStyle} showTitle={false} />
          </div>
        </>
      )}
      <EditAgreementDialog
        agreement={editing}
        trajectory={trajectory}
        onOpenChange={(open) => !open && setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('planning.agreement.removeTitle')}
        description={t('planning.agreement.removeText', { text: removing?.text ?? '' })}
        confirmLabel={t('planning.agreement.remove')}
        tone="danger"
        onConfirm={() => {
          if (removing) void remove(removing);
          setRemoving(null);
        }}
      />
    </section>
  );
}

function removeRefusal(t: TFunction, error: ApiError): string {
  if (error.code === 'CONFLICT' && error.reason === 'reviewed') return t('planning.agreement.reviewed');
  if (error.code === 'CONFLICT' && error.reason === 'replaces_renegotiated') return t('planning.agreement.replacesRenegotiated');
  return apiErrorText(t, error);
}

interface AgreementTableProps {
  agreements: readonly Agreement[];
  overdue: Set<number>;
  owner(owner: AgreementOwner): string;
  reviewed: boolean;
  onEdit(agreement: Agreement): void;
  /** Only open agreements can be removed (core refuses the others). */
  onRemove?(agreement: Agreement): void;
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
