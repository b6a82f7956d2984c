import { request } from './http';

/** A suggestion, from the state portal's children list, that an account is a student's legal representative. */
export interface GuardianLink {
  id: number;
  state: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  childPersonId: number;
  childName: string;
  className: string;
  accountName: string;
  suggestedAt: string;
  /** A person card with the account's SNILS exists: confirming binds the account to it. */
  knownCard: boolean;
}

/** A suggestion to bind an account to a staff member's card (`GET /api/v1/account-bindings`). */
export interface StaffBinding {
  id: number;
  state: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  personId: number;
  displayName: string;
  suggestedAt: string;
  schools: { schoolId: number; shortName: string; positions: string[] }[];
}

export type GuardianKind = 'MOTHER' | 'FATHER' | 'ADOPTIVE' | 'GUARDIAN' | 'TRUSTEE';

export const GUARDIAN_KINDS: readonly { kind: GuardianKind; label: string }[] = [
  { kind: 'MOTHER', label: 'мать' },
  { kind: 'FATHER', label: 'отец' },
  { kind: 'ADOPTIVE', label: 'усыновитель' },
  { kind: 'GUARDIAN', label: 'опекун' },
  { kind: 'TRUSTEE', label: 'попечитель' },
];

export function loadGuardianLinks(fetchImpl: typeof fetch, signal?: AbortSignal) {
  return request<GuardianLink[]>(fetchImpl, '/api/v1/guardian-links?state=PENDING', { signal });
}

export function decideGuardianLink(fetchImpl: typeof fetch, id: number, kind: GuardianKind | null) {
  return kind === null
    ? request<GuardianLink>(fetchImpl, `/api/v1/guardian-links/${id}/reject`, { method: 'POST' })
    : request<GuardianLink>(fetchImpl, `/api/v1/guardian-links/${id}/confirm`, { method: 'POST', body: { kind } });
}

export function loadStaffBindings(fetchImpl: typeof fetch, signal?: AbortSignal) {
  return request<StaffBinding[]>(fetchImpl, '/api/v1/account-bindings?state=PENDING', { signal });
}

export function decideStaffBinding(fetchImpl: typeof fetch, id: number, confirm: boolean) {
  return request<StaffBinding>(fetchImpl, `/api/v1/account-bindings/${id}/${confirm ? 'confirm' : 'reject'}`, {
    method: 'POST',
  });
}

/** «12.11.2026» of an ISO instant, in the browser's time zone. */
export function suggestedOn(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('ru-RU');
}
