import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feedback360Round, Trajectory } from '../../../../shared/contract';
import { maxAnswerFileLength } from '../../../../shared/contract/forms';
import { useRead } from '../../api/useRead';
import { useWrite } from '../../api/useWrite';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { AddRaterDialog } from './AddRaterDialog';
import { NewRoundDialog } from './NewRoundDialog';
import { RoundCard } from './RoundCard';
import { refusalText } from './raterErrors';
import '../../styles/feedback360.css';

/** "360-gradenfeedback" on the trajectory page: its rounds, each rater's progress, reading answer files in, and the result. */
export function Feedback360Section({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const picker = useRef<HTMLInputElement>(null);
  const rounds = useRead('feedback360.list', { trajectoryId: trajectory.id }).data ?? null;
  const [creating, setCreating] = useState(false);
  const [addingTo, setAddingTo] = useState<Feedback360Round | null>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File) => {
    setFailure(null);
    if (file.size > maxAnswerFileLength) return setFailure(t('forms.sealed.tooBig'));
    setReading(true);
    const result = await write('feedback360.importAnswers', { content: await file.text() });
    setReading(false);
    if (!result.ok) return setFailure(refusalText(t, result.error));
    const rater = rounds?.find((r) => r.id === result.value.roundId)?.raters.find((r) => r.id === result.value.raterId);
    notify(t('feedback360.imported', { label: rater?.label ?? '', role: t(`feedback360.roles.${result.value.role}`) }));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <section
      className={dragging ? 'trajectory-section feedback-360 dropping' : 'trajectory-section feedback-360'}
      aria-labelledby="feedback360-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="section-head">
        <h2 id="feedback360-heading">{t('feedback360.title')}</h2>
        <div className="section-actions">
          <Button icon="plus" onClick={() => setCreating(true)}>
            {t('feedback360.newRound')}
          </Button>
          <Button icon="upload" onClick={() => picker.current?.click()} disabled={reading}>
            {t('feedback360.importFile')}
          </Button>
          <input
            ref={picker}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('feedback360.importFile')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
      </div>
      <p className="muted">{t('feedback360.intro')}</p>
      <p className="muted drop-hint">{t('feedback360.dropHint')}</p>
      <BusyNote busy={reading} label={t('feedback360.reading')} />
      {failure && <Notice tone="error">{failure}</Notice>}
      {rounds === null ? null : rounds.length === 0 ? (
        <p className="section-empty">{t('feedback360.empty')}</p>
      ) : (
        rounds.map((round) => (
          <RoundCard key={round.id} round={round} person={trajectory.participants.find((p) => p.id === round.participantId)} onAddRater={setAddingTo} />
        ))
      )}
      <NewRoundDialog
        open={creating}
        onOpenChange={setCreating}
        trajectory={trajectory}
        onMade={(title) => {
          setCreating(false);
          notify(t('feedback360.dialog.made', { title }));
        }}
      />
      <AddRaterDialog
        round={addingTo}
        onOpenChange={(open) => !open && setAddingTo(null)}
        onAdded={(label) => {
          setAddingTo(null);
          notify(t('feedback360.dialog.added', { label }));
        }}
      />
    </section>
  );
}
