import { useEffect, type ReactNode } from 'react';

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
  children: ReactNode;
}

/** One screen of content: its heading and the tab title follow from `title`. */
export function Page({ title, eyebrow, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <section className="page" aria-labelledby="page-title">
      {eyebrow && <p className="page__eyebrow">{eyebrow}</p>}
      <h1 id="page-title" className="page__title">
        {title}
      </h1>
      {children}
    </section>
  );
}
