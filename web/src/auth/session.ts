import type { components } from '../api/schema';

export type SessionUser = components['schemas']['SessionUser'];

export interface Session {
  accessToken: string;
  user: SessionUser;
}

const STORAGE_KEY = 'kazpost.session';

export function loadSession(): Session | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}
