import { API_MESSAGES, failure, readResult, request, type ApiResult } from './http';
import type { Problem } from './problem';

/**
 * A list import running on the server (`POST …/import` answers 202 with it; `GET …/imports/{jobId}` tells how
 * far it is): checking the rows, storing them, done (with the counts) or failed (with the problem the upload
 * used to answer: the rows' errors, nothing stored).
 */
export interface ImportJob<R> {
  jobId: string;
  state: 'validating' | 'applying' | 'done' | 'failed';
  processed: number;
  total: number;
  result?: R;
  problem?: Problem;
}

/** How far a running import is, as shown under the file field. */
export type ImportJobProgress = Pick<ImportJob<unknown>, 'state' | 'processed' | 'total'>;

/** How often a running import is asked how far it is. */
export const IMPORT_POLL_MS = 500;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Follows an import job started by an upload to its end, telling `onProgress` each state seen; the outcome
 * reads as the upload's answer did before imports ran as jobs: the counts, or a failure with the row errors.
 */
export async function followImport<R>(
  fetchImpl: typeof fetch,
  listUrl: string,
  started: ApiResult<ImportJob<R>>,
  onProgress: (job: ImportJobProgress) => void,
  pollMs: number = IMPORT_POLL_MS,
): Promise<ApiResult<R>> {
  if (!started.ok) return started;
  let job = started.data;
  for (;;) {
    onProgress({ state: job.state, processed: job.processed, total: job.total });
    if (job.state === 'done') return { ok: true, status: 200, data: job.result as R };
    if (job.state === 'failed') return outcomeOf<R>(job.problem);
    await pause(pollMs);
    const next = await request<ImportJob<R>>(fetchImpl, `${listUrl}/imports/${encodeURIComponent(job.jobId)}`);
    if (!next.ok) return next;
    job = next.data;
  }
}

/** The failure a job's problem stands for, read as an answer with that problem would be. */
function outcomeOf<R>(problem: Problem | undefined): Promise<ApiResult<R>> | ApiResult<R> {
  if (!problem) return failure(500, 'failed', API_MESSAGES.server);
  return readResult<R>(new Response(JSON.stringify(problem), {
    status: typeof problem.status === 'number' && problem.status >= 400 ? problem.status : 500,
    headers: { 'Content-Type': 'application/problem+json' },
  }));
}
