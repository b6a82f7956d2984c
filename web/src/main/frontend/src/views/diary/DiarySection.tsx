import { loadChildren, type Child } from '../../api/diary';
import { useFetch } from '../../api/ApiContext';
import type { Me } from '../../api/me';
import { useResource } from '../../api/useResource';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { FailurePage, InlineLoading } from '../Status';
import { AbsenceReportForm } from './AbsenceReportForm';
import { AttendancePanel } from './AttendancePanel';
import { FinalsPanel } from './FinalsPanel';
import { diaryHref, DIARY_TABS, readDiaryAddress, type DiaryAddress } from './diaryAddress';
import { HomeworkPanel } from './HomeworkPanel';
import { MarksPanel } from './MarksPanel';
import { WeekPanel } from './WeekPanel';

/** «Дневник»: the start page of parents and students — the children chip row, the tabs and the chosen tab. */
export function DiarySection({ search, me }: { search: string; me: Me }) {
  const fetchImpl = useFetch();
  const children = useResource((signal) => loadChildren(fetchImpl, signal), me.subject);
  const address = readDiaryAddress(search);
  const go = (change: Partial<DiaryAddress>) =>
    navigate(diaryHref({ ...address, ...change }), { replace: true, scroll: false });

  if (children.failure && !children.data) {
    return <FailurePage failure={children.failure} section="Дневник" role="родителя или обучающегося" onRetry={children.reload} />;
  }
  if (!children.data) {
    return (
      <Page title="Дневник">
        <InlineLoading />
      </Page>
    );
  }
  const listed = children.data.find((c) => c.personId === address.child);
  if (children.data.length === 0 && address.child === null) {
    return (
      <Page title="Дневник">
        <p className="note">
          Дневник появится, когда ваша учётная запись будет связана с обучающимся. Попросите код приглашения у
          классного руководителя и введите его при входе.
        </p>
      </Page>
    );
  }
  const child = listed ?? (address.child !== null ? opened(address.child) : (children.data[0] as Child));
  const guardian = child.relation === 'GUARDIAN';
  return (
    <Page title="Дневник" eyebrow={[child.displayName, child.className, child.school].filter(Boolean).join(' · ')}>
      {children.data.length > 1 && listed !== undefined && (
        <div className="diary-chips" role="group" aria-label="Чей дневник показать">
          {children.data.map((c) => (
            <button
              key={c.personId}
              type="button"
              className="diary-chip"
              aria-pressed={c.personId === child.personId}
              onClick={() => go({ child: c.personId })}
            >
              {c.displayName.split(' ').slice(1, 2).join('') || c.displayName}
              {c.className && <span className="diary-chip__class"> {c.className}</span>}
            </button>
          ))}
        </div>
      )}
      <nav className="diary-tabs" aria-label="Разделы дневника">
        {DIARY_TABS.filter(([tab]) => child.relation !== 'OTHER' || tab === 'week').map(([tab, label]) => (
          <button
            key={tab}
            type="button"
            className="diary-tab"
            aria-current={address.tab === tab ? 'page' : undefined}
            onClick={() => go({ child: child.personId, tab })}
          >
            {label}
          </button>
        ))}
        {guardian && (
          <button
            type="button"
            className="diary-tab diary-tab--action"
            aria-current={address.tab === 'report' ? 'page' : undefined}
            onClick={() => go({ child: child.personId, tab: 'report' })}
          >
            Сообщить об отсутствии
          </button>
        )}
      </nav>
      <DiaryTabContent key={`${child.personId}-${address.tab}`} child={child} address={address} go={go} guardian={guardian} />
    </Page>
  );
}

/** A diary opened by its address that is not one of the person's own (a class teacher's): the week only. */
function opened(personId: number): Child {
  return { personId, displayName: '', relation: 'OTHER', classId: null, className: null, school: null, periods: [], currentPeriodId: null };
}

interface TabProps {
  child: Child;
  address: DiaryAddress;
  go: (change: Partial<DiaryAddress>) => void;
  guardian: boolean;
}

function DiaryTabContent({ child, address, go, guardian }: TabProps) {
  switch (address.tab) {
    case 'marks':
      return <MarksPanel child={child} />;
    case 'homework':
      return <HomeworkPanel child={child} />;
    case 'attendance':
      return <AttendancePanel child={child} />;
    case 'finals':
      return <FinalsPanel child={child} />;
    case 'report':
      return guardian ? <AbsenceReportForm child={child} onDone={() => go({ tab: 'week' })} /> : null;
    default:
      return <WeekPanel child={child} date={address.date} onDate={(date) => go({ child: child.personId, date })} />;
  }
}
