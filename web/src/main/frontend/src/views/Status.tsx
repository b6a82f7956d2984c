import { useEffect, useRef } from 'react';
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

export function NotFound() {
  return (
    <Page title="Страница не найдена">
      <p className="lead">Такой страницы нет. Проверьте адрес или перейдите на главную.</p>
      <div className="actions">
        <a className="button button--primary" href="/">
          На главную
        </a>
      </div>
    </Page>
  );
}
