import type { ApiFailure } from '../../api/http';

/** A part of a step that did not load: what happened and «Повторить». */
export function LoadFailure({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  return (
    <div className="form-alert" role="alert">
      {failure.message}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        Повторить
      </button>
    </div>
  );
}
