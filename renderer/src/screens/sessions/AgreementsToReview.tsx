import { useTranslation } from 'react-i18next';
import type { Participant, SessionWorkspace } from '../../../../shared/contract';
import type { AgreementDue } from '../../../../shared/domain/agreement';
import { formatDate, formatDay } from '../../i18n/format';
import { AgreementReviewCard } from './AgreementReviewCard';
import { ownerLabel } from './people';

/** "te bespreken in de volgende sessie" or "vervalt op 8 december 2026". */
export function useDueText(): (due: AgreementDue) => string {
  const { t, i18n } = useTranslation();
  return (due) =>
    due.kind === 'date' ? t('sessions.due.date', { date: formatDate(due.date, i18n.language) }) : t('sessions.due.nextSession');
}

interface AgreementsToReviewProps {
  workspace: SessionWorkspace;
  participants: readonly Participant[];
}

/** Step 1: the agreements made earlier that are due, each with its outcome and a note. */
export function AgreementsToReview({ workspace, participants }: AgreementsToReviewProps) {
  const { t, i18n } = useTranslation();
  const dueText = useDueText();
  const { agreementsToReview, agreementsMade, selfReports, session, trajectory } = workspace;
  const selfReportText = (agreementId: number) => {
    const report = selfReports.find((r) => r.agreementId === agreementId);
    if (!report) return null;
    return t('sessions.review.selfReport', {
      name: participants.find((p) => p.id === report.participantId)?.displayName ?? '',
      outcome: t(`sessions.outcome.${report.outcome}`).toLocaleLowerCase(i18n.language),
      date: formatDate(report.reportedAt, i18n.language),
    });
  };
  return (
    <section className="card workspace-section" aria-labelledby="review-title">
      <h2 id="review-title">{t('sessions.review.title')}</h2>
      {agreementsToReview.length === 0 ? (
        <p className="muted">{t('sessions.review.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('sessions.review.intro')}</p>
          <ul className="review-list">
            {agreementsToReview.map((agreement) => (
              <AgreementReviewCard
                key={agreement.id}
                agreement={agreement}
                sessionId={session.id}
                owner={ownerLabel(t, agreement.owner, trajectory.kind, participants)}
                madeOn={formatDay(agreement.madeOn, i18n.language)}
                due={dueText(agreement.due)}
                replacementText={agreementsMade.find((made) => made.id === agreement.replacedById)?.text ?? null}
                selfReport={selfReportText(agreement.id)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
