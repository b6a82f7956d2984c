import { PATHS } from '../../routing';

/** The state of «Школы региона» kept in the address, so that Back and links return to it. */
export interface ListParams {
  q: string;
  municipalityId: number | null;
  /** One-based, as shown. */
  page: number;
}

export const PAGE_SIZE = 20;

function positive(value: string | null): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

export function readListParams(search: string): ListParams {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    municipalityId: positive(params.get('municipality')),
    page: positive(params.get('page')) ?? 1,
  };
}

export function listHref({ q, municipalityId, page }: ListParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (municipalityId !== null) params.set('municipality', String(municipalityId));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${PATHS.regionSchools}?${query}` : PATHS.regionSchools;
}

/** «Показаны 1–20 из 57». */
export function shownText(page: number, size: number, count: number, total: number): string {
  const from = page * size + 1;
  return `Показаны ${from}–${from + count - 1} из ${total}`;
}
