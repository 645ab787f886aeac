import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feedback360Round, Participant } from '../../../../shared/contract';
import { useWrite } from '../../api/useWrite';
import { formatDate } from '../../i18n/format';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadFile } from '../../ui/download';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { RoundResult } from './RoundResult';
import { refusalText } from './raterErrors';

interface RoundCardProps {
  round: Feedback360Round;
  person: Participant | undefined;
  onAddRater: (round: Feedback360Round) => void;
}

/** One round: who it is about, each rater's progress (never their answers), its forms, and the result once closed. */
export function RoundCard({ round, person, onAddRater }: RoundCardProps) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [making, setMaking] = useState(false);
  const [closing, setClosing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const open = round.closedAt === null;
  const answered = round.raters.filter((r) => r.state === 'answered').length;
  const waiting = round.raters.some((r) => r.state !== 'answered');
  const name = person ? person.preferredName || person.firstName : '';
  const headingId = `round-360-${round.id}`;

  const makeForms = async () => {
    setFailure(null);
    setMaking(true);
    const result = await write('feedback360.createForms', { roundId: round.id });
    setMaking(false);
    if (!result.ok) return setFailure(refusalText(t, result.error));
    for (const form of result.value.forms) downloadFile(form.html, form.fileName, 'text/html');
    const labels = result.value.forms.map((form) => round.raters.find((r) => r.id === form.raterId)?.label ?? '');
    notify(t('feedback360.madeForms', { count: labels.length, names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(labels) }));
  };

  const remove = async (raterId: number, label: string) => {
    setFailure(null);
    const result = await write('feedback360.removeRater', { id: raterId });
    if (!result.ok) return setFailure(refusalText(t, result.error));
    notify(t('feedback360.removed', { label }));
  };

  const close = async () => {
    setClosing(false);
    setFailure(null);
    const result = await write('feedback360.close', { roundId: round.id });
    if (!result.ok) return setFailure(refusalText(t, result.error));
    notify(t('feedback360.closed', { title: round.title }));
  };

  return (
    <article className="round-360" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>{round.title}</h3>
        {open && (
          <div className="section-actions">
            <Button icon="download" onClick={() => void makeForms()} disabled={making || !waiting}>
              {t('feedback360.makeForms')}
            </Button>
            <Button icon="plus" onClick={() => onAddRater(round)}>
              {t('feedback360.addRater')}
            </Button>
            <Button icon="check" onClick={() => setClosing(true)}>
              {t('feedback360.close')}
            </Button>
          </div>
        )}
      </div>
      <p>
        {t('feedback360.about', { name: person?.displayName ?? '' })} · {t('feedback360.progress', { answered, count: round.raters.length })}
        {round.closedAt && <> · {t('feedback360.closedOn', { date: formatDate(round.closedAt, i18n.language) })}</>}
      </p>
      <BusyNote busy={making} label={t('feedback360.makingForms')} />
      {failure && <Notice tone="error">{failure}</Notice>}
      {round.raters.length > 0 && (
        <table className="data-table raters-360">
          <caption className="visually-hidden">{t('feedback360.ratersCaption', { title: round.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback360.rater')}</th>
              <th scope="col">{t('feedback360.role')}</th>
              <th scope="col">{t('feedback360.language')}</th>
              <th scope="col">{t('feedback360.state')}</th>
              {open && <td />}
            </tr>
          </thead>
          <tbody>
            {round.raters.map((rater) => (
              <tr key={rater.id}>
                <th scope="row">{rater.label}</th>
                <td>{t(`feedback360.roles.${rater.role}`)}</td>
                <td>{t(`feedback360.languages.${rater.language}`)}</td>
                <td>{t(`feedback360.states.${rater.state}`)}</td>
                {open && (
                  <td>
                    {rater.state !== 'answered' && (
                      <Button variant="quiet" icon="erase" onClick={() => void remove(rater.id, rater.label)}>
                        {t('feedback360.removeRater', { label: rater.label })}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RoundResult roundId={round.id} name={name} />
      <ConfirmDialog
        open={closing}
        onOpenChange={setClosing}
        title={t('feedback360.closeTitle', { title: round.title })}
        description={t('feedback360.closeText')}
        confirmLabel={t('feedback360.closeConfirm')}
        onConfirm={() => void close()}
      />
    </article>
  );
}
