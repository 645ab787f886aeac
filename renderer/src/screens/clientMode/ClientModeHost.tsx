import { useCallback, useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientModeLeft } from '../../../../shared/contract';
import { useClearToasts, useNotify } from '../../ui/Toasts';
import { useRead } from '../../api/useRead';
import { useWrite } from '../../api/useWrite';
import { apiErrorText } from '../../i18n/validation';
import { Notice } from '../../ui/Notice';
import type { Route } from '../shell/navigation';
import { ClientModeContext, type ClientModeApi, type HandOver } from './clientModeContext';
import { ClientModeScreen } from './ClientModeScreen';

/** Where the practitioner lands after leaving: the session's questionnaire step, or the trajectory. */
function routeAfter(handedOver: { trajectoryId: number; sessionId: number | null }, before: Route): Route {
  if (handedOver.sessionId !== null) return { screen: 'session', id: handedOver.sessionId, step: 'questionnaire' };
  return before.screen === 'trajectory' && before.id === handedOver.trajectoryId ? before : { screen: 'trajectory', id: handedOver.trajectoryId };
}

/**
 * Core decides whether client mode is on; this follows it. While it is on, the practitioner's
 * screens are not mounted at all (no sidebar, no search, nothing they would load), also after a
 * reload of the window.
 */
export function ClientModeHost({ resume, children }: { resume: RefObject<Route>; children: ReactNode }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const clearToasts = useClearToasts();
  const status = useRead('clientMode.status', {});
  const handedOver = useRef<HandOver | null>(null);

  const start = useCallback<ClientModeApi['start']>(
    async (handOver) => {
      handedOver.current = handOver;
      // Asking again is part of the write: when it returns, the status says client mode is on.
      const result = await write('clientMode.start', handOver.request);
      if (!result.ok) return result.error;
      clearToasts(); // a confirmation on screen can name someone else
      return null;
    },
    [write, clearToasts],
  );

  // The way back is set while client mode is on, so the practitioner's screens open there at once
  // when leaving (a write that asks the status again) takes the client screen away.
  const { trajectoryId, sessionId } = status.data ?? { trajectoryId: null, sessionId: null };
  useEffect(() => {
    if (trajectoryId !== null) resume.current = routeAfter({ trajectoryId, sessionId }, resume.current);
  }, [resume, trajectoryId, sessionId]);

  const onLeft = useCallback(
    (left: ClientModeLeft) => {
      const names = handedOver.current?.names;
      handedOver.current = null;
      if (!names) notify(t('clientMode.leftAfterReload'));
      else if (left.response) notify(t('clientMode.left', { name: names.participant, title: names.questionnaire }));
      else notify(t('clientMode.leftWithoutAnswers', { name: names.participant }), 'info');
    },
    [notify, t],
  );

  const api = useMemo<ClientModeApi>(() => ({ start }), [start]);
  // Until core has answered, nothing of the practice is mounted: it may be a client's screen.
  if (status.error) return <Notice tone="error">{apiErrorText(t, status.error)}</Notice>;
  if (!status.data) return null;
  if (status.data.active) return <ClientModeScreen onLeft={onLeft} />;
  return <ClientModeContext value={api}>{children}</ClientModeContext>;
}
