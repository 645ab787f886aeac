import { useDelayedFlag } from './useDelayedFlag';

/** Announces a wait that lasts longer than 300 ms; the live region is always there so it is read out. */
export function BusyNote({ busy, label }: { busy: boolean; label: string }) {
  const visible = useDelayedFlag(busy);
  return (
    <p className="busy-note" role="status">
      {visible && (
        <>
          <span className="spinner" aria-hidden="true" />
          {label}
        </>
      )}
    </p>
  );
}
