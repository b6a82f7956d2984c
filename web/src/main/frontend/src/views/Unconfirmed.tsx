import { HomeLink, SignInLink } from '../components/Links';
import { Page } from '../components/Page';

/** Shown after ESIA refused the sign-in because the Gosuslugi account is not confirmed. */
export function Unconfirmed() {
  return (
    <Page title="Учётная запись не подтверждена">
      <p className="lead">
        В Журнал можно войти только с подтверждённой учётной записью Госуслуг. Ваша учётная
        запись пока не подтверждена, поэтому вход не выполнен.
      </p>
      <h2 className="section-title">Как подтвердить учётную запись</h2>
      <ul className="steps">
        <li>
          <strong>В центре обслуживания (МФЦ).</strong> Возьмите с собой паспорт и СНИЛС.
        </li>
        <li>
          <strong>В интернет-банке.</strong> Если вы клиент банка — партнёра Госуслуг,
          подтвердите учётную запись в его приложении или на сайте.
        </li>
        <li>
          <strong>Электронной подписью.</strong> Подойдёт квалифицированная электронная подпись.
        </li>
      </ul>
      <p className="note">Когда учётная запись будет подтверждена, войдите снова.</p>
      <div className="actions">
        <SignInLink />
        <HomeLink />
      </div>
    </Page>
  );
}
