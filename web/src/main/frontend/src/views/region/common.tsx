import type { ReactNode } from 'react';
import type { ApiFailure } from '../../api/http';
import { ROLE_LABELS } from '../../auth/roles';
import { AppLink } from '../../components/AppLink';
import { PATHS } from '../../routing';
import { FailurePage } from '../Status';

export const REGION = 'Регион';
export const REGION_ROLE = ROLE_LABELS['region-admin'] as string;

/** `history.state` key of the status message the next page shows once («Школа добавлена»). */
export const FLASH_KEY = 'flash';

/** A failed load in the region section. */
export function RegionFailure({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  return <FailurePage failure={failure} section={REGION} role={REGION_ROLE} onRetry={onRetry} />;
}

/** «← Школы региона», above the heading of the pages inside the list. */
export function BackToSchools({ children = 'Школы региона' }: { children?: ReactNode }) {
  return (
    <AppLink className="back-link" href={PATHS.regionSchools}>
      <span aria-hidden="true">←</span>
      {children}
    </AppLink>
  );
}
