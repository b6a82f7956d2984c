import type { ReactNode } from 'react';
import { useFetch } from '../../api/ApiContext';
import type { ApiResult } from '../../api/http';
import { listMunicipalities, type NewSchool, type School } from '../../api/region';
import { useResource } from '../../api/useResource';
import { FormAlert, RequiredNote, TextField } from '../../components/Field';
import { SubmitButton } from '../../components/FormParts';
import { compact, collectErrors, digits, required } from '../../forms/validation';
import { useForm } from '../../forms/useForm';
import { MunicipalityField } from './MunicipalityField';

/** The form's fields, in form order; the names are those of the request (and of problem `field`). */
export const SCHOOL_FIELDS = ['fullName', 'shortName', 'inn', 'ogrn', 'address', 'municipalityId'] as const;
type SchoolField = (typeof SCHOOL_FIELDS)[number];
export type SchoolValues = Record<SchoolField, string>;

export const EMPTY_SCHOOL: SchoolValues = { fullName: '', shortName: '', inn: '', ogrn: '', address: '', municipalityId: '' };

/** The form's values of a school as it is. */
export function schoolValues(school: School): SchoolValues {
  return {
    fullName: school.fullName, shortName: school.shortName, inn: school.inn, ogrn: school.ogrn,
    address: school.address, municipalityId: school.municipality ? String(school.municipality.id) : '',
  };
}

function check(values: SchoolValues) {
  return collectErrors<SchoolField>([
    ['fullName', required(values.fullName, 'Укажите полное название школы, как в уставе.')],
    ['shortName', required(values.shortName, 'Укажите краткое название школы.')],
    ['inn', required(values.inn, 'Укажите ИНН школы.')],
    ['inn', digits(values.inn, 10, 'ИНН школы состоит из 10 цифр.')],
    ['ogrn', values.ogrn.trim() ? digits(values.ogrn, 13, 'ОГРН школы состоит из 13 цифр.') : null],
  ]);
}

interface SchoolFormProps {
  initial: SchoolValues;
  submitLabel: string;
  send: (school: NewSchool) => Promise<ApiResult<School>>;
  onSaved: (school: School) => void;
  /** «Отмена» beside the button. */
  cancel: ReactNode;
}

/** A school's data as the region administrator enters it: for a new school and for changing one. */
export function SchoolForm({ initial, submitLabel, send, onSaved, cancel }: SchoolFormProps) {
  const fetchImpl = useFetch();
  const municipalities = useResource((signal) => listMunicipalities(fetchImpl, signal), 'municipalities');
  const form = useForm({ fields: SCHOOL_FIELDS, initial, idPrefix: 'school', check });
  const { bind, errors } = form;

  const submit = form.onSubmit(
    (values) =>
      send({
        fullName: values.fullName.trim(),
        shortName: values.shortName.trim(),
        inn: compact(values.inn),
        ogrn: compact(values.ogrn),
        address: values.address.trim(),
        municipalityId: values.municipalityId ? Number(values.municipalityId) : null,
      }),
    onSaved,
  );

  return (
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
        <SubmitButton saving={form.saving} label={submitLabel} savingLabel="Сохранение…" />
        {cancel}
      </div>
    </form>
  );
}
