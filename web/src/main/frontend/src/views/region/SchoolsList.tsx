import { useFetch } from '../../api/ApiContext';
import { listMunicipalities, listSchools, schoolsUrl } from '../../api/region';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { InlineLoading } from '../Status';
import { REGION, RegionFailure } from './common';
import { listHref, PAGE_SIZE, readListParams, type ListParams } from './listParams';
import { SchoolsResults } from './SchoolsResults';
import { SchoolsToolbar } from './SchoolsToolbar';

/** «Школы региона»: search, a municipality filter and server-side pages. */
export function SchoolsList({ search }: { search: string }) {
  const fetchImpl = useFetch();
  const params = readListParams(search);
  const query = { q: params.q, municipalityId: params.municipalityId, page: params.page - 1, size: PAGE_SIZE };
  const schools = useResource((signal) => listSchools(fetchImpl, query, signal), schoolsUrl(query));
  const municipalities = useResource((signal) => listMunicipalities(fetchImpl, signal), 'municipalities');

  // Paging adds a history entry (Back returns to the previous page); typing and filters replace it.
  const update = (changes: Partial<ListParams>, replace: boolean) =>
    navigate(listHref({ ...params, ...changes }), { replace, scroll: false });

  const { failure, data } = schools;
  const blocking = failure && (data === null || failure.kind === 'signed-out' || failure.kind === 'forbidden');
  if (blocking) {
    return <RegionFailure failure={failure} onRetry={schools.reload} />;
  }

  return (
    <Page
      title="Школы региона"
      eyebrow={REGION}
      wide
      actions={
        <AppLink className="button button--primary" href={PATHS.regionSchoolNew}>
          Добавить школу
        </AppLink>
      }
    >
      <SchoolsToolbar
        q={params.q}
        municipalityId={params.municipalityId}
        municipalities={municipalities.data ?? []}
        onSearch={(q) => update({ q, page: 1 }, true)}
        onMunicipality={(municipalityId) => update({ municipalityId, page: 1 }, true)}
      />
      {failure && (
        <div className="form-alert" role="alert">
          {failure.message}{' '}
          <button type="button" className="link-button" onClick={schools.reload}>
            Повторить
          </button>
        </div>
      )}
      {data === null ? (
        <InlineLoading />
      ) : (
        <SchoolsResults
          result={data}
          filtered={params.q.trim() !== '' || params.municipalityId !== null}
          stale={schools.loading}
          onPage={(page) => update({ page: page + 1 }, false)}
          onReset={() => navigate(PATHS.regionSchools, { replace: true })}
        />
      )}
    </Page>
  );
}
