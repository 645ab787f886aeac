import type { ReactElement } from 'react';

/** Line icons of the practice workflow, drawn like ui/Icon: always next to a word, never instead of one. */
const paths = {
  calendar: (
    <>
      <rect x="4" y="5" width="16" height="15" rx="2" />
      <path d="M4 10h16M9 3v4M15 3v4" />
    </>
  ),
  open: <circle cx="12" cy="12" r="7" />,
  edit: <path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" />,
  target: (
    <>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="4" />
      <circle cx="12" cy="12" r="0.8" fill="currentColor" />
    </>
  ),
  repair: <path d="M14.5 5.5a4 4 0 0 0-5 5L4 16l4 4 5.5-5.5a4 4 0 0 0 5-5l-2.5 2.5-2.5-.5-.5-2.5z" />,
  handshake: (
    <>
      <path d="M3 12l4-4 5 2 5-2 4 4" />
      <path d="M7 8l5 6a1.5 1.5 0 0 0 2.2 0L21 12M3 12l6 6 2-1.5" />
    </>
  ),
  chart: <path d="M4 4v16h16M7.5 15l4-4 3 3 5-6" />,
  clipboard: (
    <>
      <rect x="5" y="4.5" width="14" height="16" rx="2" />
      <path d="M9 4.5V3h6v1.5M9 10h6M9 14h6" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type WorkflowIconName = keyof typeof paths;

export function WorkflowIcon({ name }: { name: WorkflowIconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths[name]}
    </svg>
  );
}
