import { useEffect, useRef, type ReactNode } from 'react';

export const PRODUCT = 'Журнал';

/** Sets the browser tab title for the current view (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === PRODUCT ? `${PRODUCT} — электронный журнал и дневник` : `${title} — ${PRODUCT}`;
  }, [title]);
}

interface PageProps {
  title: string;
  /** Shown above the heading, in small type. */
  eyebrow?: string;
  /** Above everything else: e.g. a link back to the list. */
  back?: ReactNode;
  /** Between the back link and the heading (a wizard's stepper). */
  before?: ReactNode;
  /** Beside the heading on wide screens (the page's main action). */
  actions?: ReactNode;
  /** Uses the full width of the main area (lists and tables). */
  wide?: boolean;
  children: ReactNode;
}

/** One screen of content: its heading and the tab title follow from `title`. */
export function Page({ title, eyebrow, back, before, actions, wide = false, children }: PageProps) {
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  // The focus waited on the main region while the page loaded: hand it to the heading.
  useEffect(() => {
    if (document.activeElement?.id === 'main') heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className={wide ? 'page page--wide' : 'page'} aria-labelledby="page-title">
      {back}
      {before}
      <div className={actions ? 'page__head page__head--actions' : 'page__head'}>
        <div>
          {eyebrow && <p className="page__eyebrow">{eyebrow}</p>}
          <h1 id="page-title" className="page__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
