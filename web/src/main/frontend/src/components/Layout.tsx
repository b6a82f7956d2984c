import type { ReactNode } from 'react';
import type { Me } from '../api/me';
import { sectionsFor } from '../auth/sections';
import type { SectionId } from '../routing';
import { AppLink } from './AppLink';
import { LOGOUT_URL } from './Links';
import { PRODUCT } from './Page';

interface LayoutProps {
  children: ReactNode;
  /** The signed-in person: decides the sections shown and offers «Выйти». */
  me?: Me | null;
  /** The section of the current page, marked in the navigation. */
  section?: SectionId | null;
}

export function Layout({ children, me = null, section = null }: LayoutProps) {
  const sections = me ? sectionsFor(me.roles) : [];
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Перейти к содержанию
      </a>
      <header className="header">
        <div className="header__inner">
          <AppLink className="header__brand" href="/">
            <span className="header__logo" aria-hidden="true">
              Ж
            </span>
            <span className="header__text">
              <span className="header__name">{PRODUCT}</span>
              <span className="header__subtitle">Электронный журнал и дневник</span>
            </span>
          </AppLink>
          {sections.length > 0 && (
            <nav className="nav" aria-label="Разделы">
              <ul className="nav__list">
                {sections.map((item) => (
                  <li key={item.id}>
                    <AppLink
                      className="nav__link"
                      href={item.href}
                      aria-current={item.id === section ? 'page' : undefined}
                    >
                      {item.label}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {me && (
            <a className="header__signout" href={LOGOUT_URL}>
              Выйти
            </a>
          )}
        </div>
      </header>
      <main className="main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
