import { useEffect, useRef, useSyncExternalStore } from 'react';

/** Fired on `window` whenever the application changes the address itself. */
const NAVIGATE_EVENT = 'zhurnal:navigate';

export interface AppLocation {
  pathname: string;
  search: string;
}

interface NavigateOptions {
  /** Replace the current history entry instead of adding one (search boxes, filters). */
  replace?: boolean;
  /** Kept in `history.state`, e.g. a one-time status message for the next view. */
  state?: unknown;
  /** Scroll to the top of the new page (default for new entries). */
  scroll?: boolean;
}

/** Client-side navigation: changes the address without reloading the page. */
export function navigate(to: string, { replace = false, state = null, scroll = !replace }: NavigateOptions = {}): void {
  if (replace) {
    window.history.replaceState(state, '', to);
  } else {
    window.history.pushState(state, '', to);
  }
  if (scroll) window.scrollTo?.(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current address; re-renders on `navigate`, Back and Forward. */
export function useAppLocation(): AppLocation {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, 'http://app.invalid');
  return { pathname: url.pathname, search: url.search };
}

/** Reads a one-time value from `history.state` (set by `navigate(…, { state })`). */
export function historyState<T>(key: string): T | undefined {
  const state: unknown = window.history.state;
  if (state !== null && typeof state === 'object' && key in state) {
    return (state as Record<string, T>)[key];
  }
  return undefined;
}

/**
 * After a client-side change of page, moves the focus to the new page's heading (or to the
 * main region while it loads) so that screen readers announce the new page (WCAG 2.4.3).
 */
export function useFocusOnNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.getElementById('page-title') ?? document.getElementById('main');
    target?.focus({ preventScroll: true });
  }, [pathname]);
}

/** True for a plain left click that the application may handle itself. */
export function isPlainClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}
