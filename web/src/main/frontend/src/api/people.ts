import type { Sex } from './classes';
import { request } from './http';

/**
 * A student's person card, legal representatives, consents and contacts (`/api/v1/students/{id}/…`,
 * `/api/v1/people/{id}/…`). Personal data: the server audits every read and change.
 */

export type GuardianKind = 'MOTHER' | 'FATHER' | 'ADOPTIVE' | 'GUARDIAN' | 'TRUSTEE';

export const GUARDIAN_KIND_LABELS: Readonly<Record<GuardianKind, string>> = {
  MOTHER: 'Мать',
  FATHER: 'Отец',
  ADOPTIVE: 'Усыновитель',
  GUARDIAN: 'Опекун',
  TRUSTEE: 'Попечитель',
};

export type ConsentPurpose = 'ELECTRONIC_JOURNAL' | 'REGIONAL_SYSTEMS' | 'PUBLICATION';

export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, string>> = {
  ELECTRONIC_JOURNAL: 'Ведение электронного журнала и дневника',
  REGIONAL_SYSTEMS: 'Передача в региональные и федеральные системы',
  PUBLICATION: 'Публикация фото и достижений на сайте школы',
};

export interface Representative {
  guardianshipId: number;
  personId: number;
  displayName: string;
  kind: GuardianKind;
  validFrom: string;
  validTo?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface Consent {
  id: number;
  personId: number;
  givenByPersonId: number;
  givenByName: string;
  purpose: ConsentPurpose;
  givenOn: string;
  withdrawnOn?: string | null;
  documentRef?: string | null;
}

export interface StudentCard {
  personId: number;
  displayName: string;
  birthDate?: string | null;
  sex?: Sex | null;
  schoolId: number;
  classId?: number | null;
  className?: string | null;
  phone?: string | null;
  email?: string | null;
  representatives: Representative[];
  consents: Consent[];
}

export interface NewRepresentative {
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string | null;
  snils: string | null;
  kind: GuardianKind | '';
  validFrom: string | null;
  phone: string | null;
  email: string | null;
}

export interface NewConsent {
  givenByPersonId: number | null;
  purpose: ConsentPurpose | '';
  givenOn: string;
  documentRef: string | null;
}

type Signal = AbortSignal | undefined;

export const studentCardUrl = (personId: number) => `/api/v1/students/${personId}/card`;

export async function getStudentCard(fetchImpl: typeof fetch, personId: number, signal?: Signal) {
  const result = await request<StudentCard>(fetchImpl, studentCardUrl(personId), { signal });
  if (!result.ok) return result;
  return {
    ...result,
    data: { ...result.data, representatives: result.data.representatives ?? [], consents: result.data.consents ?? [] },
  };
}

export function addRepresentative(fetchImpl: typeof fetch, personId: number, representative: NewRepresentative) {
  return request<Representative>(fetchImpl, `/api/v1/students/${personId}/representatives`, {
    method: 'POST',
    body: representative,
  });
}

export function endRepresentative(fetchImpl: typeof fetch, personId: number, guardianshipId: number) {
  return request<Representative>(fetchImpl, `/api/v1/students/${personId}/representatives/${guardianshipId}/end`, {
    method: 'POST',
    body: {},
  });
}

export function recordConsent(fetchImpl: typeof fetch, personId: number, consent: NewConsent) {
  return request<Consent>(fetchImpl, `/api/v1/people/${personId}/consents`, { method: 'POST', body: consent });
}

export function withdrawConsent(fetchImpl: typeof fetch, personId: number, consentId: number) {
  return request<Consent>(fetchImpl, `/api/v1/people/${personId}/consents/${consentId}/withdraw`, {
    method: 'POST',
    body: {},
  });
}

/** Representatives current on the day (ISO date), for the «кто дал согласие» choice. */
export function currentRepresentatives(card: StudentCard, today: string): Representative[] {
  return card.representatives.filter((r) => r.validFrom <= today && (!r.validTo || r.validTo > today));
}

/** A person card's name now and its corrections, oldest first (`/api/v1/people/{id}/name`). */
export interface NameHistory {
  personId: number;
  surname: string;
  givenName: string;
  patronymic?: string | null;
  displayName: string;
  birthDate?: string | null;
  changes: NameChange[];
}

export interface NameChange {
  id: number;
  nameBefore: string;
  birthDateBefore?: string | null;
  nameAfter: string;
  birthDateAfter?: string | null;
  reason: string;
  changedAt: string;
}

export interface NameCorrection {
  surname: string;
  givenName: string;
  patronymic: string;
  /** Blank keeps the card's. */
  birthDate: string | null;
  reason: string;
}

export const nameHistoryUrl = (personId: number) => `/api/v1/people/${personId}/name`;

export async function getNameHistory(fetchImpl: typeof fetch, personId: number, signal?: AbortSignal) {
  const result = await request<NameHistory>(fetchImpl, nameHistoryUrl(personId), { signal });
  return result.ok ? { ...result, data: { ...result.data, changes: result.data.changes ?? [] } } : result;
}

export function correctName(fetchImpl: typeof fetch, personId: number, correction: NameCorrection) {
  return request<NameHistory>(fetchImpl, `${nameHistoryUrl(personId)}/corrections`, { method: 'POST', body: correction });
}
