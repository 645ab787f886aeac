import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { neighbours, sessionSteps, type SessionStep } from './steps';

interface StepNavProps {
  current: SessionStep;
  onSelect: (step: SessionStep) => void;
}

/** The six steps of a session, always in view at the top; the current one is marked (buttons: the route holds the step). */
export function StepNav({ current, onSelect }: StepNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="step-nav" aria-label={t('sessions.steps.label')}>
      <ol>
        {sessionSteps.map((step) => (
          <li key={step}>
            <button
              type="button"
              className="step-button"
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onSelect(step)}
            >
              {t(`sessions.steps.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** At the end of each step: back to the one before, on to the next. */
export function StepFooter({ current, onSelect }: StepNavProps) {
  const { t } = useTranslation();
  const { previous, next } = neighbours(current);
  return (
    <div className="step-footer">
      {previous && (
        <Button variant="quiet" icon="back" onClick={() => onSelect(previous)}>
          {t('sessions.steps.previous', { step: t(`sessions.steps.${previous}`) })}
        </Button>
      )}
      {next && (
        <Button variant="primary" className="step-next" onClick={() => onSelect(next)}>
          {t('sessions.steps.next', { step: t(`sessions.steps.${next}`) })} <Icon name="next" />
        </Button>
      )}
    </div>
  );
}
