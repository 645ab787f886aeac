import { useEffect, useRef, type ReactNode } from 'react';

/** The screen's title. It takes focus when the screen opens, so keyboard and screen-reader users start here. */
interface PageHeaderProps {
  title: string;
  children?: ReactNode;
  focusOnMount?: boolean;
}

export function PageHeader({ title, children, focusOnMount = true }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  return (
    <header className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="page-actions">{children}</div>}
    </header>
  );
}
