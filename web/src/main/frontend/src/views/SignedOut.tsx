import { SignInLink } from '../components/Links';
import { Page } from '../components/Page';

export function SignedOut() {
  return (
    <Page title="Вход в Журнал">
      <p className="lead">
        Электронный журнал и дневник школ региона: расписание, отметки, домашние задания
        и посещаемость — для учителей, родителей и обучающихся.
      </p>
      <div className="actions">
        <SignInLink />
      </div>
      <p className="note">
        Для входа нужна <strong>подтверждённая учётная запись</strong> Госуслуг. Родители
        и обучающиеся после первого входа вводят код приглашения, который выдаёт классный
        руководитель.
      </p>
    </Page>
  );
}
