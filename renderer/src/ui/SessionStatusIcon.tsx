import type { ReactElement } from 'react';
import type { SessionProgress } from '../../../shared/domain/session';

const shapes: Record<SessionProgress, ReactElement> = {
  planned: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  in_progress: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M10 8.5v7l5.5-3.5z" />
    </>
  ),
  held: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M7.5 12.5l3 3 6-6.5" />
    </>
  ),
  cancelled: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M6 18L18 6" />
    </>
  ),
  no_show: (
    <>
      <circle cx="12" cy="8" r="3.5" strokeDasharray="2.5 2" />
      <path d="M5 20c.8-3.5 3.6-5.5 7-5.5s6.2 2 7 5.5" strokeDasharray="2.5 2" />
    </>
  ),
};

/** A session status as a shape next to its word, on every screen. */
export function SessionStatusIcon({ status }: { status: SessionProgress }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {shapes[status]}
    </svg>
  );
}
