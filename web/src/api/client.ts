import createClient, { Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import { clearSession, loadSession } from '../auth/session';
import type { paths } from './schema';

/** Told when the service answers 401 to a signed-in call: the session has ended. */
type SessionEndedListener = () => void;
const listeners = new Set<SessionEndedListener>();

export function onSessionEnded(listener: SessionEndedListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function sessionEnded(): void {
  clearSession();
  for (const listener of listeners) listener();
}

/** A call outside the typed client (files, PDFs), with the session's token and its end noticed. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const session = loadSession();
  const headers = new Headers(init.headers);
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  const response = await fetch(path, { ...init, headers });
  if (response.status === 401 && session) sessionEnded();
  return response;
}

const auth: Middleware = {
  onRequest({ request }) {
    const session = loadSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) sessionEnded();
    return response;
  },
};

/** The typed client of the service's own API, on the same origin. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/**
 * TanStack Query over that client: each query's key is its method, path and parameters, and an
 * error answer is thrown (a failed load never passes for an empty list).
 */
export const $api = createQueryHooks(api);
