import { json, type FakeRequest } from './fakeApi';

/** Long enough for the upload's answer and two polls of an import job. */
export const JOB_WAIT = { timeout: 4000 };

/**
 * The server's side of an import job for `fakeFetch`: the upload (`POST …/import`) answers 202 with the job
 * checking its rows, the first poll has it half way (storing, or still checking when it is going to fail), the
 * next one ended with `result` (done) or `problem` (failed). Other requests get `null`, for the test to answer.
 */
export function fakeImportJob(end: { result?: unknown; problem?: unknown }, total = 2) {
  let polls = 0;
  return (request: FakeRequest): Response | null => {
    if (request.method === 'POST' && request.url.pathname.endsWith('/import')) {
      return json(202, { jobId: 'j1', state: 'validating', processed: 0, total });
    }
    if (!request.url.pathname.endsWith('/imports/j1')) return null;
    polls += 1;
    if (polls === 1) {
      return json(200, { jobId: 'j1', state: end.problem ? 'validating' : 'applying', processed: 1, total });
    }
    return json(200, end.problem
      ? { jobId: 'j1', state: 'failed', processed: 1, total, problem: end.problem }
      : { jobId: 'j1', state: 'done', processed: total, total, result: end.result });
  };
}
