import { API_MESSAGES, failure, readResult, request, REQUESTED_WITH, type ApiResult } from './http';

/** Sends a file as the request body and reports how much of it has gone (0…1). */
export type Uploader = <T>(
  url: string,
  file: { data: Blob; type: string },
  onProgress: (fraction: number) => void,
) => Promise<ApiResult<T>>;

/** Files travel longer than JSON: a slow line gets two minutes. */
export const UPLOAD_TIMEOUT_MS = 120_000;

/**
 * The browser's uploader: XMLHttpRequest, because only it reports the upload's progress. The
 * answer is read exactly as {@link request} reads one (problem JSON, Russian messages).
 */
export const xhrUpload: Uploader = <T>(
  url: string,
  file: { data: Blob; type: string },
  onProgress: (fraction: number) => void,
) =>
  new Promise<ApiResult<T>>((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type);
    for (const [name, value] of Object.entries(REQUESTED_WITH)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      onProgress(1);
      const headers = new Headers();
      const type = xhr.getResponseHeader('Content-Type');
      if (type) headers.set('Content-Type', type);
      const empty = xhr.status === 204 || xhr.status === 205;
      const response = new Response(empty ? null : xhr.responseText, { status: xhr.status, headers });
      void readResult<T>(response).then(resolve);
    };
    const offline = () => resolve(failure(0, 'offline', API_MESSAGES.offline));
    xhr.onerror = offline;
    xhr.ontimeout = offline;
    xhr.onabort = offline;
    xhr.send(file.data);
  });

/** An uploader over a `fetch` (tests): no progress on the way, all of it at the end. */
export function fetchUpload(fetchImpl: typeof fetch): Uploader {
  return async <T>(url: string, file: { data: Blob; type: string }, onProgress: (fraction: number) => void) => {
    const result = await request<T>(fetchImpl, url, { method: 'POST', file });
    onProgress(1);
    return result;
  };
}
