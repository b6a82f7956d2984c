import { useState, type FormEvent } from 'react';
import { useFetch } from '../../api/ApiContext';
import { createSchool, listMunicipalities } from '../../api/region';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { FormAlert, RequiredNote, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { compact, collectErrors, digits, required } from '../../forms/validation';
import { useFormErrors } from '../../forms/useFormErrors';
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
  const [values, setValues] = useState<Values>(EMPTY);
  const [saving, setSaving] = useState(false);
  const form = useFormErrors(SCHOOL_FIELDS);

  const set = (field: SchoolField) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    form.clearField(field);
  };
  const bind = (field: SchoolField) => ({
    id: `school-${field}`,
    value: values[field],
    onValue: set(field),
    error: form.fieldErrors[field],
    inputRef: form.register(field),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving || !form.showChecks(check(values))) return;
    setSaving(true);
    const result = await createSchool(fetchImpl, {
      fullName: values.fullName.trim(),
      shortName: values.shortName.trim(),
      inn: compact(values.inn),
      ogrn: compact(values.ogrn),
      address: values.address.trim(),
      municipalityId: values.municipalityId ? Number(values.municipalityId) : null,
    });
    setSaving(false);
    if (result.ok) {
      navigate(PATHS.regionSchool(result.data.id), { state: { [FLASH_KEY]: 'Школа добавлена' } });
    } else {
      form.showFailure(result);
    }
  }

  return (
    <Page title="Новая школа" eyebrow={REGION} back={<BackToSchools />}>
      <form className="form" noValidate onSubmit={submit} aria-busy={saving || undefined}>
        <RequiredNote />
        <FormAlert message={form.formError} alertRef={form.alertRef} />
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
          value={values.municipalityId}
          onValue={set('municipalityId')}
          error={form.fieldErrors.municipalityId}
          selectRef={form.register('municipalityId')}
          municipalities={municipalities.data ?? []}
          loadFailed={municipalities.failure !== null}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
            {saving ? 'Сохранение…' : 'Сохранить школу'}
          </button>
          <AppLink className="button button--secondary" href={PATHS.regionSchools}>
            Отмена
          </AppLink>
        </div>
      </form>
    </Page>
  );
}
