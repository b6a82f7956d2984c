import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { fetchUpload, xhrUpload, type Uploader } from './upload';

const browserFetch: typeof fetch = (input, init) => fetch(input, init);

interface Transport {
  fetchImpl: typeof fetch;
  upload: Uploader;
}

const TransportContext = createContext<Transport>({ fetchImpl: browserFetch, upload: xhrUpload });

interface ApiProviderProps {
  fetchImpl?: typeof fetch | undefined;
  /** How files are sent; by default the browser's XMLHttpRequest, or the given `fetch` when there is one. */
  uploadImpl?: Uploader | undefined;
  children: ReactNode;
}

/** Lets tests (and only tests) give the views another `fetch`. */
export function ApiProvider({ fetchImpl, uploadImpl, children }: ApiProviderProps) {
  const transport = useMemo<Transport>(
    () => ({
      fetchImpl: fetchImpl ?? browserFetch,
      upload: uploadImpl ?? (fetchImpl ? fetchUpload(fetchImpl) : xhrUpload),
    }),
    [fetchImpl, uploadImpl],
  );
  return <TransportContext.Provider value={transport}>{children}</TransportContext.Provider>;
}

/** The `fetch` the views use for `/api/v1`. */
export function useFetch(): typeof fetch {
  return useContext(TransportContext).fetchImpl;
}

/** How the views send a file (with upload progress in the browser). */
export function useUpload(): Uploader {
  return useContext(TransportContext).upload;
}
