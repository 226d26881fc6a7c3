import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone: a focusable, named region, so a keyboard can
 * scroll it too (axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
