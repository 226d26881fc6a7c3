import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A wide table that scrolls sideways inside its own box when it does not fit: a focusable,
 * named region, so a keyboard can scroll it too (axe's scrollable-region-focusable). Whenever
 * its table is wider than the box (a phone, or longer words in another language at 1024 px),
 * the box is framed and a line under the name says it scrolls, and, for a table `withActions`,
 * that the rows' actions (cells marked `actions`) stay pinned at its right.
 */
export function ScrollRegion({
  label,
  hidden,
  withActions,
  children,
}: {
  label: string;
  hidden?: boolean;
  withActions?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const overflowing = useOverflow(box);
  return (
    <div
      ref={box}
      className="scroll"
      tabIndex={0}
      role="region"
      aria-label={label}
      hidden={hidden}
      data-overflowing={overflowing || undefined}
    >
      <p className="scroll-hint" aria-hidden="true">
        {t(withActions ? 'scroll.hintActions' : 'scroll.hint')}
      </p>
      {children}
    </div>
  );
}

/** Whether the box's content is wider than the box, kept up to date as either resizes. */
function useOverflow(box: React.RefObject<HTMLDivElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [box]);
  return overflowing;
}
