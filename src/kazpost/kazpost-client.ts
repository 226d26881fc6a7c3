import { Inject, Injectable } from '@nestjs/common';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { KazpostOperation, MalformedAnswer, readKazpostAnswer } from './kazpost-answer';

/** Kazpost could not be asked (down, slow, refusing): every check waits, nothing is read. */
export class KazpostUnavailable extends Error {
  constructor(
    message: string,
    /** Seconds Kazpost asked us to wait (a 429's Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

const MAX_ANSWER_BYTES = 1_000_000;

/**
 * Kazpost's tracking service, asked for one item's history: `GET {url}/api/v2/{code}/events`.
 * A failure of Kazpost itself throws KazpostUnavailable; an answer that is not its format
 * throws MalformedAnswer.
 */
@Injectable()
export class KazpostClient {
  constructor(@Inject(APP_SETTINGS) private readonly settings: AppSettings) {}

  get enabled(): boolean {
    return this.settings.kazpost !== undefined;
  }

  async history(code: string): Promise<KazpostOperation[]> {
    const config = this.settings.kazpost;
    if (!config) throw new KazpostUnavailable('Kazpost tracking is not configured');
    const response = await this.get(`${config.trackingUrl}/api/v2/${code}/events`, config);
    if (response.status === 404) return [];
    if (response.status === 429 || response.status >= 500)
      throw new KazpostUnavailable(
        `Kazpost answered ${response.status}`,
        retryAfter(response.headers.get('retry-after')),
      );
    if (!response.ok) throw new MalformedAnswer(`Kazpost answered ${response.status}`);
    const text = await this.body(response);
    if (text.length > MAX_ANSWER_BYTES) throw new MalformedAnswer('the answer is too long');
    return readKazpostAnswer(parse(text));
  }

  /** The timeout covers the body too: a body that stops coming is Kazpost being slow. */
  private async body(response: Response): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw new KazpostUnavailable(`Kazpost's answer broke off (${causeOf(error)})`);
    }
  }

  private async get(url: string, config: NonNullable<AppSettings['kazpost']>): Promise<Response> {
    try {
      return await fetch(url, {
        headers: {
          accept: 'application/json',
          ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
        },
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (error) {
      // fetch rejects a timeout with a DOMException, not always an Error of this realm.
      const timedOut = (error as { name?: string } | null)?.name === 'TimeoutError';
      throw new KazpostUnavailable(
        timedOut
          ? `no answer from Kazpost within ${config.timeoutMs / 1000} s`
          : `Kazpost could not be reached (${causeOf(error)})`,
      );
    }
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedAnswer('the answer is not JSON');
  }
}

function retryAfter(header: string | null): number | undefined {
  const seconds = Number(header);
  return header && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function causeOf(error: unknown): string {
  const failure = error as { cause?: { code?: string }; message?: string } | null;
  return failure?.cause?.code ?? failure?.message ?? 'unknown error';
}
