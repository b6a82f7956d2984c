import { API_MESSAGES, failure, readResult, REQUESTED_WITH, request, type ApiResult } from './http';

/** What a redeemed code bound the account to (`POST /api/v1/invitations/redeem`). */
export interface RedeemedInvitation {
  personId: number;
  personName: string;
  studentPersonId: number;
  studentName: string;
  purpose: 'PARENT' | 'STUDENT';
}

export function redeemInvitation(fetchImpl: typeof fetch, code: string): Promise<ApiResult<RedeemedInvitation>> {
  return request<RedeemedInvitation>(fetchImpl, '/api/v1/invitations/redeem', { method: 'POST', body: { code } });
}

/** Twelve characters of the code's alphabet, however the person grouped or cased them. */
export function looksLikeCode(typed: string): boolean {
  return typed.replace(/[\s\-–—]/g, '').length === 12;
}

/** Someone who can sign in for a student: the student or a legal representative. */
export interface Invitee {
  personId: number;
  displayName: string;
  kind: 'STUDENT' | 'MOTHER' | 'FATHER' | 'ADOPTIVE' | 'GUARDIAN' | 'TRUSTEE';
  signsIn: boolean;
  codeState: 'NONE' | 'OPEN' | 'USED' | 'REVOKED' | 'EXPIRED';
  expiresAt: string | null;
}

export interface StudentInvitations {
  student: Invitee;
  representatives: Invitee[];
}

/** A code just issued: shown once, for the letter. */
export interface IssuedInvitation {
  id: number;
  code: string;
  expiresAt: string;
  personName: string;
  studentName: string;
  className: string;
  purpose: 'PARENT' | 'STUDENT';
}

export function loadClassInvitations(fetchImpl: typeof fetch, classId: number, signal?: AbortSignal) {
  return request<StudentInvitations[]>(fetchImpl, `/api/v1/classes/${classId}/invitations`, { signal });
}

export function issueInvitation(fetchImpl: typeof fetch, classId: number, studentPersonId: number, personId: number) {
  return request<IssuedInvitation>(fetchImpl, `/api/v1/classes/${classId}/invitations`, {
    method: 'POST',
    body: { studentPersonId, personId },
  });
}

export const KIND_LABELS: Record<Invitee['kind'], string> = {
  STUDENT: 'обучающийся',
  MOTHER: 'мать',
  FATHER: 'отец',
  ADOPTIVE: 'усыновитель',
  GUARDIAN: 'опекун',
  TRUSTEE: 'попечитель',
};

/** What the class teacher needs to know about a person's access, in words. */
export function accessLabel(invitee: Invitee): string {
  if (invitee.signsIn) return 'Входит в журнал';
  switch (invitee.codeState) {
    case 'OPEN':
      return 'Код выдан, ещё не введён';
    case 'EXPIRED':
      return 'Срок кода истёк';
    case 'USED':
      return 'Код введён';
    default:
      return 'Код не выдавался';
  }
}

/**
 * The class's invitation letters (PDF), or one student's letter when `studentPersonId` is given: the server issues
 * fresh codes for everybody who does not sign in yet (open codes are replaced), so this is a POST; the answer is the
 * file.
 */
export async function downloadClassLetters(fetchImpl: typeof fetch, classId: number,
  studentPersonId?: number): Promise<ApiResult<Blob>> {
  const path = `/api/v1/classes/${classId}/invitations/letters${studentPersonId === undefined ? '' : `/${studentPersonId}`}`;
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method: 'POST',
      headers: { Accept: 'application/pdf, application/problem+json', ...REQUESTED_WITH },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return failure(0, 'offline', API_MESSAGES.offline);
  }
  if (!response.ok) return readResult<Blob>(response);
  return { ok: true, status: response.status, data: await response.blob() };
}
