import { err, type Result, ResultAsync } from 'neverthrow'
import { fromResponse, OzErr, type OzError } from 'oz-errors'
import { type Decision, decide, describe } from './client-decide.js'

/** The credentials a client keeps between runs, as `POST /api/authorize/auth` returns them. */
export interface Tokens {
  readonly access_token: string
  readonly expire_token: string
}

export interface ClientOptions {
  /** Where lines go. Default: `console.log`. */
  readonly log?: (line: string) => void
  /** How the client waits before a retry; tests pass one that does not block. */
  readonly sleep?: (seconds: number) => Promise<void>
  /** Longer waits than this are not worth blocking on: the call gives up instead. Default 5. */
  readonly maxWaitSeconds?: number
  readonly email?: string
  readonly password?: string
}

/** Every error a call met, with what the client did about it. */
export interface Met {
  readonly kind: OzError['kind']
  readonly do: Decision['do']
}

/** A call that failed for good: the last error and the decision that ended the call. */
export interface Failure {
  readonly error: OzError
  readonly decision: Decision
}

const MAX_ATTEMPTS = 3
const realSleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000))

/**
 * A small client of the example API, written the way an application's would be: `send` makes
 * one REST call and decodes any failure with `fromResponse`; `handle` acts on the decision
 * (refresh once on AUTH_EXPIRED, log in on a missing or unknown token, wait out a short
 * `Retry-After`) and gives everything else back to the caller. GraphQL calls share its session.
 */
export class ApiClient {
  readonly met: Met[] = []
  private readonly log: (line: string) => void
  private readonly sleep: (seconds: number) => Promise<void>

  constructor(
    readonly baseUrl: string,
    public tokens: Tokens | undefined,
    private readonly options: ClientOptions = {},
  ) {
    this.log = options.log ?? console.log
    this.sleep = options.sleep ?? realSleep
  }

  /** One request, no retries: the body of a 2xx, or the decoded error and its `Retry-After`. */
  async send<T>(method: string, path: string, body?: unknown): Promise<Result<T, Failure>> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (this.tokens !== undefined) headers['x-forensic-access-token'] = this.tokens.access_token
    if (body !== undefined) headers['content-type'] = 'application/json'
    const init: RequestInit = { method, headers }
    if (body !== undefined) init.body = JSON.stringify(body)
    const sent = await ResultAsync.fromPromise(fetch(new URL(path, this.baseUrl), init), (cause) =>
      OzErr.externalService({ message: 'The API cannot be reached', details: { service: 'oz-api' }, cause }),
    )
    if (sent.isErr()) return err({ error: sent.error, decision: decide(sent.error) })
    const response = sent.value
    const result = await fromResponse(response).andThen((res) => readJson<T>(res))
    return result.mapErr((error) => ({ error, decision: decide(error, response.headers.get('retry-after')) }))
  }

  /** `send`, then act on what went wrong (see `handle`). */
  call<T>(method: string, path: string, body?: unknown): Promise<Result<T, Failure>> {
    return this.handle(`${method} ${path}`, () => this.send<T>(method, path, body))
  }

  /**
   * Runs `once` up to three times, acting on each failure's decision: refresh the session once
   * on AUTH_EXPIRED (log in if that fails too), log in on a missing or unknown token, wait out
   * a short `Retry-After`. Any other decision is the caller's, returned as is.
   */
  async handle<T>(label: string, once: () => Promise<Result<T, Failure>>): Promise<Result<T, Failure>> {
    let refreshed = false
    for (let attempt = 1; ; attempt++) {
      const result = await once()
      if (result.isOk()) return result
      const { error, decision } = result.error
      this.met.push({ kind: error.kind, do: decision.do })
      this.log(`  ${label}: ${describe(error, decision)}`)
      if (attempt >= MAX_ATTEMPTS) return result
      if (decision.do === 'refresh' && !refreshed) {
        refreshed = true
        if ((await this.refresh()).isOk() || (await this.logIn()).isOk()) continue
      }
      if (decision.do === 'log-in' && (await this.logIn()).isOk()) continue
      if (decision.do === 'retry-later' && decision.seconds <= (this.options.maxWaitSeconds ?? 5)) {
        await this.sleep(decision.seconds)
        continue
      }
      return result
    }
  }

  async logIn(): Promise<Result<Tokens, Failure>> {
    const credentials = {
      email: this.options.email ?? 'operator@oz.test',
      password: this.options.password ?? 'operator',
    }
    this.tokens = undefined
    const result = await this.send<Tokens>('POST', '/api/authorize/auth', { credentials })
    return result.map((tokens) => {
      this.tokens = tokens
      return tokens
    })
  }

  async refresh(): Promise<Result<Tokens, Failure>> {
    if (this.tokens === undefined) return this.logIn()
    const { expire_token } = this.tokens
    const result = await this.send<Tokens>('POST', '/api/authorize/refresh', { expire_token })
    return result.map((tokens) => {
      this.tokens = tokens
      return tokens
    })
  }
}

const readJson = <T>(response: Response): ResultAsync<T, OzError> =>
  response.status === 204
    ? // No content: callers of a 204 route ask for `null`.
      ResultAsync.fromSafePromise(Promise.resolve(null as T))
    : ResultAsync.fromPromise(
        // The example trusts the shape of its own server's success bodies.
        response.json() as Promise<T>,
        (cause) => OzErr.unknown({ message: 'The response body is not JSON', cause }),
      )
