import { useCallback, useEffect, useState } from 'react';
import type { ApiFailure, ApiResult } from './http';

export interface ResourceState<T> {
  /** The last data loaded; kept while a newer request is under way. */
  data: T | null;
  loading: boolean;
  failure: ApiFailure | null;
}

/**
 * Loads data whenever `key` changes (or `reload` is called); an older answer never overwrites a
 * newer one.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  key: string,
): ResourceState<T> & { reload: () => void } {
  const [state, setState] = useState<ResourceState<T>>({ data: null, loading: true, failure: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, failure: null }));
    load(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState((previous) =>
        result.ok
          ? { data: result.data, loading: false, failure: null }
          : { data: previous.data, loading: false, failure: result },
      );
    });
    return () => controller.abort();
    // `load` is a fresh closure on every render; `key` says when its inputs changed.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
