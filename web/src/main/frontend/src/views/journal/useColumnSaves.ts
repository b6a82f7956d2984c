import { useCallback, useEffect, useRef, useState } from 'react';
import { saveJournal } from '../../api/journal';
import { columnEdit, withVersion, type GridState } from './gridState';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string; lessons: number[] };

/** How long after the last key a changed column is sent. */
export const SAVE_DELAY_MS = 400;

/**
 * Saves changed grid columns in the background, one request per lesson (the whole column), one request at a
 * time per lesson; a column changed while its save is under way is sent again on the new version.
 */
export function useColumnSaves(fetchImpl: typeof fetch, stateRef: { current: GridState | null },
                               setState: (update: (s: GridState) => GridState) => void) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const dirty = useRef(new Set<number>());
  const inFlight = useRef(new Set<number>());
  const failed = useRef(new Map<number, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const report = useCallback(() => {
    if (failed.current.size) {
      setStatus({ kind: 'error', message: [...failed.current.values()][0]!, lessons: [...failed.current.keys()] });
    } else if (inFlight.current.size || dirty.current.size) {
      setStatus({ kind: 'saving' });
    } else {
      setStatus({ kind: 'saved' });
    }
  }, []);

  const flush = useCallback(() => {
    for (const lessonId of [...dirty.current]) {
      if (inFlight.current.has(lessonId)) continue;
      const state = stateRef.current;
      const column = state?.columns.find((c) => c.id === lessonId);
      if (!state || !column) continue;
      dirty.current.delete(lessonId);
      inFlight.current.add(lessonId);
      void saveJournal(fetchImpl, lessonId, { version: column.version, students: columnEdit(state, lessonId) }).then((result) => {
        inFlight.current.delete(lessonId);
        if (result.ok) {
          failed.current.delete(lessonId);
          setState((s) => withVersion(s, lessonId, result.data.version));
          stateRef.current = stateRef.current && withVersion(stateRef.current, lessonId, result.data.version);
          if (dirty.current.has(lessonId)) flush();
        } else {
          failed.current.set(lessonId, result.message);
        }
        report();
      });
    }
    report();
  }, [fetchImpl, report, setState, stateRef]);

  const changed = useCallback((lessonId: number) => {
    dirty.current.add(lessonId);
    setStatus({ kind: 'saving' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);

  const retry = useCallback(() => {
    for (const lessonId of failed.current.keys()) dirty.current.add(lessonId);
    failed.current.clear();
    flush();
  }, [flush]);

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  return { status, changed, retry };
}
