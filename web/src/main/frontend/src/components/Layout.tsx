import type { ReactNode } from 'react';
import { PRODUCT } from './Page';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="layout">
      <header className="header">
        <div className="header__inner">
          <a className="header__brand" href="/">
            <span className="header__logo" aria-hidden="true">
              Ж
            </span>
            <span className="header__text">
              <span className="header__name">{PRODUCT}</span>
              <span className="header__subtitle">Электронный журнал и дневник</span>
            </span>
          </a>
        </div>
      </header>
      <main className="main" id="main">
        {children}
      </main>
    </div>
  );
}
