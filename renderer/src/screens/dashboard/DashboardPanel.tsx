import { useId, type ReactNode } from 'react';
import { WorkflowIcon, type WorkflowIconName } from '../trajectories/WorkflowIcon';

interface DashboardPanelProps {
  title: string;
  icon: WorkflowIconName;
  /** Said instead of the list when it is empty, with what to do next. */
  empty: string | null;
  children?: ReactNode;
  className?: string;
}

/** One block of the dashboard: a heading, a list, or a friendly sentence when there is nothing. */
export function DashboardPanel({ title, icon, empty, children, className }: DashboardPanelProps) {
  const id = useId();
  return (
    <section className={['dash-panel', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <h2 id={id} className="dash-panel-title">
        <WorkflowIcon name={icon} />
        {title}
      </h2>
      {empty !== null ? <p className="dash-empty">{empty}</p> : children}
    </section>
  );
}
