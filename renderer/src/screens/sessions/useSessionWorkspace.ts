import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate, SessionWorkspace, TrajectoryDetail } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useCall } from '../../vault/VaultContext';
import { screenLanguage } from '../questionnaires/language';

export interface WorkspaceView {
  workspace: SessionWorkspace | null;
  /** The trajectory around the session: earlier ratings, every participant's name. Null if it could not load. */
  detail: TrajectoryDetail | null;
  templates: NoteTemplate[];
  error: ApiError | null;
  reload(): Promise<void>;
}

/** The in-session screen's data: sessions.workspace, plus the note templates and the trajectory for context. */
export function useSessionWorkspace(id: number): WorkspaceView {
  const call = useCall();
  const { i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const [workspace, setWorkspace] = useState<SessionWorkspace | null>(null);
  const [detail, setDetail] = useState<TrajectoryDetail | null>(null);
  const [templates, setTemplates] = useState<NoteTemplate[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current; // only the newest answer is shown
    const [loaded, templateList] = await Promise.all([
      call('sessions.workspace', { id, language }),
      call('noteTemplates.list', { language }),
    ]);
    if (mine !== request.current) return;
    if (!loaded.ok) {
      setError(loaded.error);
      return;
    }
    const trajectory = await call('trajectories.detail', { id: loaded.value.session.trajectoryId });
    if (mine !== request.current) return;
    setError(null);
    setWorkspace(loaded.value);
    if (templateList.ok) setTemplates(templateList.value);
    if (trajectory.ok) setDetail(trajectory.value);
  }, [call, id, language]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { workspace, detail, templates, error, reload };
}
