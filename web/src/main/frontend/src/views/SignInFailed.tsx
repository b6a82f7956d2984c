import { HomeLink, SignInLink } from '../components/Links';
import { Page } from '../components/Page';

/** Shown when the server could not complete a sign-in for any other reason. */
export function SignInFailed() {
  return (
    <Page title="Не удалось войти">
      <p className="lead">
        Вход через Госуслуги не завершился. Попробуйте войти ещё раз. Если ошибка повторяется,
        попробуйте позже или обратитесь к администратору журнала вашей школы.
      </p>
      <div className="actions">
        <SignInLink>Попробовать ещё раз</SignInLink>
        <HomeLink />
      </div>
    </Page>
  );
}
