import { api } from '../api/client';
import type { Session } from './session';

/**
 * Signing out ends the session on the service too, so a copy of the token (a shared counter
 * PC, a stolen browser profile) opens nothing afterwards. Its own token goes with the call:
 * the stored session is cleared at once, whatever the network does.
 */
export async function endSession(session: Session): Promise<void> {
  await api
    .POST('/auth/logout', {
      params: { header: { authorization: `Bearer ${session.accessToken}` } },
    })
    .catch(() => undefined);
}
