import { Principal } from './role';

/**
 * Tokens already verified, kept until they expire. A scan station sends the same token all
 * day, thousands of times; checking its signature once is enough.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(private readonly capacity = 10_000) {}

  find(token: string, nowMs = Date.now()): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAtMs > nowMs) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  forget(token: string): void {
    this.entries.delete(token);
  }

  /** Forgets every token of one person (deactivated, password or role changed). */
  forgetPrincipal(id: string): void {
    for (const [token, entry] of this.entries)
      if (entry.principal.id === id) this.entries.delete(token);
  }

  remember(token: string, principal: Principal, expiresAtMs: number): void {
    // Maps keep insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { principal, expiresAtMs });
  }
}
