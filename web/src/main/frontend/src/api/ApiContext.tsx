import { createContext, useContext, type ReactNode } from 'react';

const browserFetch: typeof fetch = (input, init) => fetch(input, init);

const FetchContext = createContext<typeof fetch>(browserFetch);

/** Lets tests (and only tests) give the views another `fetch`. */
export function ApiProvider({ fetchImpl, children }: { fetchImpl?: typeof fetch | undefined; children: ReactNode }) {
  return <FetchContext.Provider value={fetchImpl ?? browserFetch}>{children}</FetchContext.Provider>;
}

/** The `fetch` the views use for `/api/v1`. */
export function useFetch(): typeof fetch {
  return useContext(FetchContext);
}
