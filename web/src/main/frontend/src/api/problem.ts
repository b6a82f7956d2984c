/** RFC 9457 problem details, as the server sends them with `application/problem+json`. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** The request field the problem is about (e.g. `inn`), when there is one. */
  field?: string | null;
  /** Per-row errors of a rejected file (staff import, 422). */
  errors?: unknown;
}

/** One rejected row of an imported file: the row number as in the spreadsheet, the column, why. */
export interface RowError {
  row: number;
  field: string | null;
  message: string;
}

/** The row errors of a problem, keeping only well-formed ones. */
export function rowErrors(problem: Problem | null): RowError[] | null {
  if (!problem || !Array.isArray(problem.errors)) return null;
  return problem.errors
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    .map((item) => ({
      row: typeof item.row === 'number' ? item.row : 0,
      field: typeof item.field === 'string' && item.field ? item.field : null,
      message: typeof item.message === 'string' ? item.message : '',
    }));
}

const CYRILLIC = /[А-Яа-яЁё]/;
const MAX_SHOWN_LENGTH = 300;

/** Reads a problem body if the response carries one; anything else (HTML error pages…) is ignored. */
export async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(type)) {
    return null;
  }
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === 'object' ? (body as Problem) : null;
  } catch {
    return null;
  }
}

function isShowable(text: unknown): text is string {
  return (
    typeof text === 'string' &&
    text.trim().length > 0 &&
    text.length <= MAX_SHOWN_LENGTH &&
    CYRILLIC.test(text) &&
    !text.includes('\n\tat ')
  );
}

/**
 * The text to show a person for a failed request: the problem's Russian `detail` or `title`
 * when the server wrote one, otherwise the given fallback. Codes, English framework messages
 * and stack traces are never shown.
 */
export function problemMessage(problem: Problem | null, fallback: string): string {
  if (problem && isShowable(problem.detail)) return problem.detail.trim();
  if (problem && isShowable(problem.title)) return problem.title.trim();
  return fallback;
}
