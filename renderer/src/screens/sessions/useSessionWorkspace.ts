import { useTranslation } from 'react-i18next';
import type { NoteTemplate, SessionWorkspace, TrajectoryDetail } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
import { screenLanguage } from '../questionnaires/language';

export interface WorkspaceView {
  workspace: SessionWorkspace | null;
  /** The trajectory around the session: earlier ratings, every participant's name. Null if it could not load. */
  detail: TrajectoryDetail | null;
  templates: NoteTemplate[];
  error: ApiError | null;
}

/** The in-session screen's data: sessions.workspace, plus the note templates and the trajectory for context. */
export function useSessionWorkspace(id: number): WorkspaceView {
  const { i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const workspace = useRead('sessions.workspace', { id, language });
  const templates = useRead('noteTemplates.list', { language });
  const trajectoryId = workspace.data?.session.trajectoryId;
  const detail = useRead('trajectories.detail', { id: trajectoryId ?? 0 }, { enabled: trajectoryId !== undefined });
  return { workspace: workspace.data ?? null, detail: detail.data ?? null, templates: templates.data ?? [], error: workspace.error };
}
