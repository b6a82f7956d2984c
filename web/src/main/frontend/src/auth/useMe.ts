import { useCallback, useEffect, useState } from 'react';
import { loadMe, MESSAGES, type MeResult } from '../api/me';

export type MeState = { kind: 'loading' } | MeResult;

/** A request that has not answered by then is treated as a lost connection. */
export const ME_TIMEOUT_MS = 20_000;

/** Loads `/api/v1/me` once per attempt; `retry` starts a new attempt. */
export function useMe(fetchImpl: typeof fetch = fetch): { state: MeState; retry: () => void } {
  const [state, setState] = useState<MeState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ME_TIMEOUT_MS);

    setState({ kind: 'loading' });
    loadMe(fetchImpl, controller.signal).then((result) => {
      if (timedOut) {
        setState({ kind: 'error', message: MESSAGES.offline });
      } else if (!controller.signal.aborted) {
        setState(result);
      }
    });

    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [fetchImpl, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
