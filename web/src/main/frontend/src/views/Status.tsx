import { useEffect, useRef } from 'react';
import type { ApiFailure } from '../api/http';
import { AppLink } from '../components/AppLink';
import { SignInLink } from '../components/Links';
import { Page, useDocumentTitle } from '../components/Page';

export function Loading() {
  useDocumentTitle('Загрузка');
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Загрузка…
    </div>
  );
}

/**
 * A failed load with a way to try again; the message is already in Russian. The retry button
 * takes the focus so that a keyboard user who pressed it can simply press it again.
 */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const retry = useRef<HTMLButtonElement>(null);
  useEffect(() => retry.current?.focus(), []);
  return (
    <Page title="Не удалось загрузить данные">
      <p className="lead" role="alert">
        {message}
      </p>
      <div className="actions">
        <button ref={retry} type="button" className="button button--primary" onClick={onRetry}>
          Повторить
        </button>
      </div>
    </Page>
  );
}

export function NotFound({ message }: { message?: string }) {
  return (
    <Page title="Страница не найдена">
      <p className="lead">{message ?? 'Такой страницы нет. Проверьте адрес или перейдите на главную.'}</p>
      <div className="actions">
        <AppLink className="button button--primary" href="/">
          На главную
        </AppLink>
      </div>
    </Page>
  );
}

/** A signed-in person opened a section of another role. */
export function NoAccess({ section, role }: { section: string; role: string }) {
  return (
    <Page title="Нет доступа">
      <p className="lead">
        Раздел «{section}» открыт только для роли «{role}». Если он нужен вам для работы,
        обратитесь в управление образования, чтобы вам назначили эту роль.
      </p>
      <div className="actions">
        <AppLink className="button button--primary" href="/">
          На главную
        </AppLink>
      </div>
    </Page>
  );
}

/** The session ended while the person was working (the API answered 401). */
export function SessionEnded() {
  return (
    <Page title="Сеанс завершён">
      <p className="lead">Вы вышли из Журнала или долго не пользовались им. Войдите снова, чтобы продолжить.</p>
      <div className="actions">
        <SignInLink />
      </div>
    </Page>
  );
}

interface FailurePageProps {
  failure: ApiFailure;
  section: string;
  role: string;
  onRetry: () => void;
}

/** The right page for a failed load of the data a page shows. */
export function FailurePage({ failure, section, role, onRetry }: FailurePageProps) {
  switch (failure.kind) {
    case 'signed-out':
      return <SessionEnded />;
    case 'forbidden':
      return <NoAccess section={section} role={role} />;
    case 'not-found':
      return <NotFound message={failure.message} />;
    default:
      return <LoadError message={failure.message} onRetry={onRetry} />;
  }
}

/** Loading inside a page that already has its heading (does not change the tab title). */
export function InlineLoading({ text = 'Загрузка…' }: { text?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </div>
  );
}
