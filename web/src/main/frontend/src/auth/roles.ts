/** Russian names of the roles the server knows, in the order they are shown. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  'region-admin': 'Региональный администратор',
  'journal-admin': 'Администратор журнала',
  director: 'Директор',
  'deputy-director': 'Заместитель директора по УВР',
  teacher: 'Учитель',
  'class-teacher': 'Классный руководитель',
  parent: 'Родитель',
  student: 'Обучающийся',
  auditor: 'Проверяющий',
};

export const NO_ROLES_MESSAGE =
  'Роли пока не назначены. Если вы родитель или обучающийся, попросите код приглашения у классного руководителя.';

const ORDER = Object.keys(ROLE_LABELS);

/** The known roles of a person as Russian names: unknown ones are hidden, duplicates dropped. */
export function roleLabels(roles: readonly string[]): string[] {
  return ORDER.filter((role) => roles.includes(role)).map((role) => ROLE_LABELS[role] as string);
}
