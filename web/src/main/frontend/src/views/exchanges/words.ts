import type { DeadLetter, Exchange } from '../../api/exchanges';

/** Russian words of the exchanges screen. */
export const STATUS_LABELS: Record<Exchange['status'], string> = {
  RUNNING: 'Выполняется',
  COMPLETED: 'Выполнен',
  PARTIAL: 'Выполнен с ошибками',
  DUPLICATE: 'Повтор — пропущен',
  FAILED: 'Сбой',
};

export const LETTER_LABELS: Record<DeadLetter['status'], string> = {
  WAITING: 'Ожидает решения',
  RETRIED: 'Отправлено повторно',
  DISCARDED: 'Отклонено',
};

export const SYSTEM_LABELS: Record<string, string> = {
  REGISTRY: 'Реестр контингента',
  MYSCHOOL: '«Моя школа»',
  SMEV: 'ЕПГУ через СМЭВ',
  ANALYTICS: 'Региональная аналитика',
};

export const CHANNEL_LABELS: Record<string, string> = {
  FILE: 'файл',
  SFTP: 'файл по SFTP',
  REST: 'запрос к реестру',
  SOAP: 'сообщение СМЭВ',
  API: 'отправка по API',
};

export const ROUTE_LABELS: Record<string, string> = {
  'registry-file': 'Реестр: файлы из каталога',
  'registry-pull': 'Реестр: опрос по расписанию',
  'registry-sftp': 'Реестр: файлы по SFTP',
  'registry-import': 'Реестр: загрузка изменений',
  heartbeat: 'Проверка работы маршрутов',
  'smev-progress': 'ЕПГУ: запросы об успеваемости через СМЭВ',
  'analytics-export': 'Аналитика: ночная выгрузка',
};

export const ROUTE_STATE_LABELS: Record<string, string> = {
  Started: 'Работает',
  Suspended: 'Приостановлен',
  Stopped: 'Остановлен',
};

const DATE_TIME = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'medium' });

export function dateTime(iso: string | null): string {
  return iso ? DATE_TIME.format(new Date(iso)) : '—';
}

export function duration(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000 ? `${ms} мс` : `${(ms / 1000).toFixed(1)} с`;
}
