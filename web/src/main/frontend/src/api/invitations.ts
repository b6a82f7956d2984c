import { request, type ApiResult } from './http';

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
