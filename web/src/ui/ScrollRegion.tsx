import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A wide table that scrolls sideways on a phone: a focusable, named region, so a keyboard can
 * scroll it too (axe's scrollable-region-focusable). On a narrow screen a line under the name
 * says it scrolls, and, for a table `withActions`, that the rows' actions (cells marked
 * `actions`) stay pinned at its right.
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
  return (
    <div className="scroll" tabIndex={0} role="region" aria-label={label} hidden={hidden}>
      <p className="scroll-hint" aria-hidden="true">
        {t(withActions ? 'scroll.hintActions' : 'scroll.hint')}
      </p>
      {children}
    </div>
  );
}
