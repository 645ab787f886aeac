import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/contract';
import type { AgreementOutcome } from '../../../../shared/domain/agreement';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { OutcomeBadge, OutcomePicker } from './OutcomePicker';

interface AgreementReviewCardProps {
  agreement: Agreement;
  sessionId: number;
  owner: string;
  madeOn: string;
  due: string;
  /** The text of the agreement that replaced this one, when it was renegotiated. */
  replacementText: string | null;
  /** What the participant said about it in a form file, in words ("Sanne gaf aan: deels nagekomen, op 3 dec"); null if nothing came back. */
  selfReport: string | null;
  onReviewed?: (agreement: Agreement, createdReplacement: boolean) => void;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError };

/** One agreement up for review: its outcome (a click saves it), a note, and for "renegotiated" the new wording. */
export function AgreementReviewCard({ agreement, sessionId, owner, madeOn, due, replacementText, selfReport, onReviewed }: AgreementReviewCardProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const id = useId();
  const reviewedHere = agreement.review?.sessionId === sessionId ? agreement.review : null;
  const [outcome, setOutcome] = useState<AgreementOutcome | null>(reviewedHere?.outcome ?? null);
  const [note, setNote] = useState(reviewedHere?.note ?? '');
  const [savedNote, setSavedNote] = useState(reviewedHere?.note ?? '');
  const [newText, setNewText] = useState('');
  const [newTextMissing, setNewTextMissing] = useState(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const locked = reviewedHere?.outcome === 'renegotiated';

  const save = async (chosen: AgreementOutcome, replacement?: string) => {
    setState({ kind: 'saving' });
    const result = await write('agreements.review', {
      id: agreement.id,
      sessionId,
      outcome: chosen,
      note,
      ...(replacement !== undefined ? { newAgreement: { owner: agreement.owner, text: replacement, due: { kind: 'next_session' } } } : {}),
    });
    if (!result.ok) {
      setState({ kind: 'failed', error: result.error });
      return;
    }
    setSavedNote(note);
    setState({ kind: 'saved' });
    onReviewed?.(result.value, replacement !== undefined);
  };

  const choose = (chosen: AgreementOutcome) => {
    setOutcome(chosen);
    if (chosen !== 'renegotiated') void save(chosen);
  };

  const renegotiate = () => {
    const text = newText.trim();
    setNewTextMissing(text === '');
    if (text !== '') void save('renegotiated', text);
  };

  const textId = `${id}-text`;
  const outcomeId = `${id}-outcome`;
  return (
    <li className="review-card">
      <p id={textId} className="review-text">
        {agreement.text}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('sessions.review.owner')}</dt>
          <dd>{owner}</dd>
        </div>
        <div>
          <dt>{t('sessions.review.madeOn')}</dt>
          <dd>{madeOn}</dd>
        </div>
        <div>
          <dt>{t('sessions.review.due')}</dt>
          <dd>{due}</dd>
        </div>
      </dl>
      {selfReport && <p className="self-report">{selfReport}</p>}
      <p id={outcomeId} className="visually-hidden">
        {t('sessions.review.outcome')}
      </p>
      {locked ? (
        <div className="review-locked">
          <OutcomeBadge outcome="renegotiated" />
          {replacementText && <p>{t('sessions.review.replacedBy', { text: replacementText })}</p>}
          {savedNote && <p className="muted">{savedNote}</p>}
        </div>
      ) : (
        <>
          <OutcomePicker value={outcome} onChange={choose} labelledBy={`${outcomeId} ${textId}`} disabled={state.kind === 'saving'} />
          {outcome === 'renegotiated' && (
            <div className="renegotiation">
              <TextAreaField
                label={t('sessions.review.newText')}
                hint={t('sessions.review.newTextHint')}
                required
                rows={2}
                maxLength={2000}
                value={newText}
                error={newTextMissing ? t('validation.required', { field: t('sessions.review.newText') }) : undefined}
                onChange={(event) => setNewText(event.target.value)}
              />
              <Button variant="primary" onClick={renegotiate} disabled={state.kind === 'saving'}>
                {t('sessions.review.renegotiate')}
              </Button>
            </div>
          )}
          <TextField
            label={t('sessions.review.note')}
            className="review-note-field"
            maxLength={5000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => {
              if (outcome && outcome !== 'renegotiated' && note !== savedNote) void save(outcome);
            }}
          />
        </>
      )}
      <p className="save-state" role="status">
        {state.kind === 'saving' && t('sessions.saving')}
        {state.kind === 'saved' && outcome && t('sessions.review.saved', { outcome: t(`sessions.outcome.${outcome}`) })}
      </p>
      {state.kind === 'failed' && <Notice tone="error">{apiErrorText(t, state.error)}</Notice>}
    </li>
  );
}
