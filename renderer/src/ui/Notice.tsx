import type { ReactNode } from 'react';
import { Icon } from './Icon';

const icons = { error: 'alert', info: 'info', success: 'check' } as const;

/** A message block with an icon and words, so its meaning never rests on colour alone. */
export function Notice({ tone, children, id }: { tone: 'error' | 'info' | 'success'; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <Icon name={icons[tone]} />
      <div>{children}</div>
    </div>
  );
}
