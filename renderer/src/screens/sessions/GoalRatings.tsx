import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, Participant, Rating, SessionWorkspace } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { callName } from './people';
import { RatingControl } from './RatingControl';
import { formatDay, formatNumber } from '../../i18n/format';

/** Long enough to move along the scale with the arrow keys without a save per step. */
const saveDelayMs = 500;

interface ParticipantRatingProps {
  goal: Goal;
  participant: Participant;
  sessionId: number;
  rating: Rating | undefined;
  previous: { value: number; date: string } | null;
}

function ParticipantRating({ goal, participant, sessionId, rating, previous }: ParticipantRatingProps) {
  const { t } = useTranslation();
  // The controls hold the new rating; the workspace and the trajectory are read again when next opened.
  const write = useWrite({ alreadyShown: ['sessions.workspace', 'trajectories.detail'] });
  const [value, setValue] = useState<number | null>(rating?.value ?? null);
  const [note, setNote] = useState(rating?.note ?? '');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const pending = useRef<{ value: number | null; note: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const savedNote = useRef(rating?.note ?? '');

  const flush = useRef(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const result = await write('goals.rate', {
      goalId: goal.id,
      sessionId,
      participantId: participant.id,
      value: next.value,
      note: next.value === null ? '' : next.note,
    });
    if (result.ok) {
      savedNote.current = next.note;
      setFailure(null);
      setSaved(true);
    } else {
      setFailure(result.error);
    }
  });

  // Leaving the screen saves what was still waiting.
  useEffect(() => {
    const save = flush.current;
    return () => void save();
  }, []);

  const schedule = (next: { value: number | null; note: string }, delay: number) => {
    pending.current = next;
    setSaved(false);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush.current(), delay);
  };

  const name = callName(participant);
  return (
    <div className="participant-rating">
      <RatingControl
        name={name}
        scale={goal.scale}
        value={value}
        previous={previous}
        onChange={(next) => {
          setValue(next);
          schedule({ value: next, note }, saveDelayMs);
        }}
      />
      {value !== null && (
        <TextField
          label={t('sessions.goals.note', { name })}
          className="rating-note"
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => {
            if (note !== savedNote.current) schedule({ value, note }, 0);
          }}
        />
      )}
      <p className="save-state" role="status">
        {saved && t('sessions.goals.saved', { name })}
      </p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
    </div>
  );
}

interface GoalRatingsProps {
  workspace: SessionWorkspace;
}

/** Step 2: a compact grid, trust goals down and the people in the room across, each rating beside the previous one. */
export function GoalRatings({ workspace }: GoalRatingsProps) {
  const { t, i18n } = useTranslation();
  const { goals, attendees, session } = workspace;
  const format = (n: number) => formatNumber(n, i18n.language);
  return (
    <section className="card workspace-section" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('sessions.goals.title')}</h2>
      {goals.length === 0 ? (
        <p className="muted">{t('sessions.goals.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('sessions.goals.intro')}</p>
          <ul className="goal-list rating-grid">
            {goals.map(({ goal, ratings, previous }) => (
              <li key={goal.id} className="goal-card goal-row" aria-labelledby={`goal-${goal.id}`}>
                <div className="goal-cell">
                  <h3 id={`goal-${goal.id}`}>{goal.title}</h3>
                  <p className="goal-facts">
                    <span className="badge">{t(`sessions.trustFactor.${goal.trustFactor}`)}</span>
                    <span>{t('sessions.goals.scale', { min: format(goal.scale.min), max: format(goal.scale.max) })}</span>
                    {goal.baseline !== null && <span>{t('sessions.goals.baseline', { value: format(goal.baseline) })}</span>}
                    {goal.target !== null && <span>{t('sessions.goals.target', { value: format(goal.target) })}</span>}
                  </p>
                  {goal.description && <p className="muted small goal-description">{goal.description}</p>}
                </div>
                {attendees.map((participant) => {
                  const point = previous.find((p) => p.participantId === participant.id);
                  return (
                    <ParticipantRating
                      key={participant.id}
                      goal={goal}
                      participant={participant}
                      sessionId={session.id}
                      rating={ratings.find((r) => r.participantId === participant.id)}
                      previous={point ? { value: point.value, date: formatDay(point.startsAt, i18n.language) } : null}
                    />
                  );
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
