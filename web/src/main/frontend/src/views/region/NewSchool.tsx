import { useFetch } from '../../api/ApiContext';
import { createSchool, listMunicipalities } from '../../api/region';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { FormAlert, RequiredNote, TextField } from '../../components/Field';
import { SubmitButton } from '../../components/FormParts';
import { Page } from '../../components/Page';
import { compact, collectErrors, digits, required } from '../../forms/validation';
import { useForm } from '../../forms/useForm';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { BackToSchools, FLASH_KEY, REGION } from './common';
import { MunicipalityField } from './MunicipalityField';

/** The form's fields, in form order; the names are those of the request (and of problem `field`). */
export const SCHOOL_FIELDS = ['fullName', 'shortName', 'inn', 'ogrn', 'address', 'municipalityId'] as const;
type SchoolField = (typeof SCHOOL_FIELDS)[number];
type Values = Record<SchoolField, string>;

const EMPTY: Values = { fullName: '', shortName: '', inn: '', ogrn: '', address: '', municipalityId: '' };

function check(values: Values) {
  return collectErrors<SchoolField>([
    ['fullName', required(values.fullName, 'Укажите полное название школы, как в уставе.')],
    ['shortName', required(values.shortName, 'Укажите краткое название школы.')],
    ['inn', required(values.inn, 'Укажите ИНН школы.')],
    ['inn', digits(values.inn, 10, 'ИНН школы состоит из 10 цифр.')],
    ['ogrn', values.ogrn.trim() ? digits(values.ogrn, 13, 'ОГРН школы состоит из 13 цифр.') : null],
  ]);
}

/** «Новая школа». */
export function NewSchool() {
  const fetchImpl = useFetch();
  const municipalities = useResource((signal) => listMunicipalities(fetchImpl, signal), 'municipalities');
  const form = useForm({ fields: SCHOOL_FIELDS, initial: EMPTY, idPrefix: 'school', check });
  const { bind, errors } = form;

  const submit = form.onSubmit(
    (values) =>
      createSchool(fetchImpl, {
        fullName: values.fullName.trim(),
        shortName: values.shortName.trim(),
        inn: compact(values.inn),
        ogrn: compact(values.ogrn),
        address: values.address.trim(),
        municipalityId: values.municipalityId ? Number(values.municipalityId) : null,
      }),
    (school) => navigate(PATHS.regionSchool(school.id), { state: { [FLASH_KEY]: 'Школа добавлена' } }),
  );

  return (
    <Page title="Новая школа" eyebrow={REGION} back={<BackToSchools />}>
      <form className="form" noValidate onSubmit={submit} aria-busy={form.saving || undefined}>
        <RequiredNote />
        <FormAlert message={errors.formError} alertRef={errors.alertRef} />
        <TextField {...bind('fullName')} label="Полное название" required autoComplete="off"
          hint="Как в уставе, например: Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»" />
        <TextField {...bind('shortName')} label="Краткое название" required autoComplete="off"
          hint="Так школа будет называться в списках, например: МБОУ СШ № 1" />
        <TextField {...bind('inn')} label="ИНН" required inputMode="numeric" autoComplete="off"
          className="input input--short" hint="10 цифр" />
        <TextField {...bind('ogrn')} label="ОГРН" inputMode="numeric" autoComplete="off"
          className="input input--short" hint="13 цифр" />
        <TextField {...bind('address')} label="Адрес" autoComplete="off" />
        <MunicipalityField
          value={form.values.municipalityId}
          onValue={form.set('municipalityId')}
          error={errors.fieldErrors.municipalityId}
          selectRef={errors.register('municipalityId')}
          municipalities={municipalities.data ?? []}
          loadFailed={municipalities.failure !== null}
        />
        <div className="actions">
          <SubmitButton saving={form.saving} label="Сохранить школу" savingLabel="Сохранение…" />
          <AppLink className="button button--secondary" href={PATHS.regionSchools}>
            Отмена
          </AppLink>
        </div>
      </form>
    </Page>
  );
}
