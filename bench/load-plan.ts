// What the load run sends, what each request must get back, and the tally of what it got.
import type { Result } from 'neverthrow'
import { OZ_ERROR_KINDS } from 'oz-errors'
import type { Verdict } from '../test/support/hostile/judge.js'

/** A request of the mix and the verdict it must get (`success:<route>`, `error:<KIND>`, `graphql:<status>`). */
export interface Planned {
  readonly request: {
    readonly method: string
    readonly path: string
    readonly headers?: Readonly<Record<string, string>>
    readonly body?: string
  }
  readonly expected: string
}

const JSON_BODY = { 'content-type': 'application/json' }

const SUCCESSES: readonly Planned[] = [
  { request: { method: 'GET', path: '/health' }, expected: 'success:health' },
  { request: { method: 'GET', path: '/items/1' }, expected: 'success:items.get' },
  { request: { method: 'GET', path: '/items?limit=5' }, expected: 'success:items.list' },
  {
    request: { method: 'POST', path: '/items', headers: JSON_BODY, body: '{"name":"a","count":1}' },
    expected: 'success:items.create',
  },
  {
    request: { method: 'POST', path: '/graphql', headers: JSON_BODY, body: '{"query":"{ hello }"}' },
    expected: 'graphql:200',
  },
]

/**
 * Every kind twice, through `respond` and thrown through `errorHandler`, and the errors the app
 * makes on its own: 404, 405, the validator, a malformed body, masked bugs, a failed upstream.
 */
export const ERRORS: readonly Planned[] = [
  ...OZ_ERROR_KINDS.flatMap((kind) => [
    { request: { method: 'GET', path: `/kinds/${kind}` }, expected: `error:${kind}` },
    { request: { method: 'GET', path: `/kinds/${kind}/thrown` }, expected: `error:${kind}` },
  ]),
  { request: { method: 'GET', path: '/nowhere' }, expected: 'error:NOT_EXIST' },
  { request: { method: 'DELETE', path: '/health' }, expected: 'error:NOT_ALLOWED' },
  {
    request: { method: 'POST', path: '/items', headers: JSON_BODY, body: '{"name":"","count":-1}' },
    expected: 'error:INVALID_STRUCTURE',
  },
  {
    request: { method: 'POST', path: '/echo', headers: JSON_BODY, body: '{"a":' },
    expected: 'error:INVALID_STRUCTURE',
  },
  { request: { method: 'GET', path: '/bug' }, expected: 'error:UNKNOWN' },
  { request: { method: 'GET', path: '/bug/string' }, expected: 'error:UNKNOWN' },
  { request: { method: 'GET', path: '/upstream/rejects' }, expected: 'error:EXTERNAL_SERVICE' },
]

/** Phase 1: successes and errors interleaved. */
export const MIX: readonly Planned[] = ERRORS.flatMap((planned, i) => {
  const success = SUCCESSES[i % SUCCESSES.length]
  return success === undefined ? [planned] : [success, planned]
})

const labelOf = (verdict: Verdict): string =>
  `${verdict.type}:${'kind' in verdict ? verdict.kind : 'route' in verdict ? verdict.route : verdict.status}`

/** Counts judged responses; a response is bad when the judge refuses it or its verdict is not the planned one. */
export class Tally {
  seen = 0
  bad = 0
  readonly examples: string[] = []
  readonly #byLabel = new Map<string, number>()

  record(planned: Planned, verdict: Result<Verdict, string>): void {
    this.seen += 1
    const label = verdict.map(labelOf).unwrapOr('refused')
    this.#byLabel.set(label, (this.#byLabel.get(label) ?? 0) + 1)
    if (verdict.isOk() && label === planned.expected) return
    this.bad += 1
    if (this.examples.length < 5) {
      const why = verdict.isErr() ? verdict.error : `got ${label}`
      this.examples.push(
        `${planned.request.method} ${planned.request.path}: expected ${planned.expected}, ${why}`,
      )
    }
  }

  /** The share of each verdict, e.g. `error:NOT_EXIST 2.6%`. */
  summary(): string {
    const shares = [...this.#byLabel].sort(([a], [b]) => a.localeCompare(b))
    return shares.map(([label, count]) => `${label} ${((100 * count) / this.seen).toFixed(1)}%`).join(', ')
  }
}
