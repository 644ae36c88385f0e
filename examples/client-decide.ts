import type { OzError } from 'oz-errors'
import { match } from 'ts-pattern'

/** A field the user has to correct, as a form would show it. */
export interface FieldError {
  readonly key_path: string
  readonly message: string
}

/** What an application does about an error. Every kind maps to exactly one of these. */
export type Decision =
  | { readonly do: 'refresh' }
  | { readonly do: 'log-in' }
  | { readonly do: 'fix-input'; readonly fields: readonly FieldError[] }
  | { readonly do: 'retry-later'; readonly seconds: number }
  | { readonly do: 'ask-an-admin'; readonly required: readonly string[] }
  | { readonly do: 'show-missing'; readonly resource: string }
  | { readonly do: 'report-bug'; readonly message: string }

// When neither the header nor the details say when, this is how long a client waits.
const DEFAULT_RETRY_SECONDS = 5

/**
 * The one place the client turns an error into an action. The match is exhaustive: a kind
 * added to the model is a compile error here until the client knows what to do about it.
 * `retryAfterHeader` is the response's `Retry-After` (GraphQL has none; `retry_after` is
 * in the details either way).
 */
export const decide = (error: OzError, retryAfterHeader?: string | null): Decision =>
  match(error)
    .returnType<Decision>()
    .with({ kind: 'AUTH_EXPIRED' }, () => ({ do: 'refresh' }))
    .with({ kind: 'AUTH_NOT_PROVIDED' }, { kind: 'AUTH_INVALID' }, () => ({ do: 'log-in' }))
    .with({ kind: 'INVALID_STRUCTURE' }, (e) => ({
      do: 'fix-input',
      fields: e.details?.issues ?? [{ key_path: e.details?.key_path ?? '', message: e.message }],
    }))
    .with({ kind: 'INVALID_VALUE' }, (e) => ({
      do: 'fix-input',
      fields:
        e.details === null ? [] : [{ key_path: e.details.key_path, message: e.details.reason ?? e.message }],
    }))
    .with({ kind: 'INVALID_TYPE' }, (e) => ({
      do: 'fix-input',
      fields:
        e.details === null
          ? []
          : [{ key_path: e.details.key_path, message: `expected ${e.details.expected ?? 'another type'}` }],
    }))
    .with({ kind: 'EXTERNAL_SERVICE' }, { kind: 'DATABASE' }, (e) => ({
      do: 'retry-later',
      seconds: retrySeconds(retryAfterHeader, e.details?.retry_after),
    }))
    .with({ kind: 'AUTH_FORBIDDEN' }, (e) => ({ do: 'ask-an-admin', required: e.details?.required ?? [] }))
    .with({ kind: 'NOT_EXIST' }, (e) => ({ do: 'show-missing', resource: e.details?.resource ?? 'resource' }))
    // The client called something wrong or the server failed: nothing to retry, worth a report.
    .with({ kind: 'NOT_ALLOWED' }, { kind: 'NOT_REALIZED' }, { kind: 'UNKNOWN' }, (e) => ({
      do: 'report-bug',
      message: e.message,
    }))
    .exhaustive()

// The header wins: a proxy in between may know better than the body. Only delay-seconds is
// understood; an HTTP date falls back to the details.
const retrySeconds = (header: string | null | undefined, detail: number | undefined): number => {
  const fromHeader = header == null || !/^\d+$/.test(header.trim()) ? undefined : Number(header)
  return fromHeader ?? detail ?? DEFAULT_RETRY_SECONDS
}

/** One line for a log: the kind, and what the client makes of it. */
export const describe = (error: OzError, decision: Decision): string => {
  const what = match(decision)
    .with({ do: 'refresh' }, () => 'refreshing the session')
    .with({ do: 'log-in' }, () => 'logging in')
    .with(
      { do: 'fix-input' },
      ({ fields }) => `fix ${fields.map((f) => `${f.key_path}: ${f.message}`).join('; ')}`,
    )
    .with({ do: 'retry-later' }, ({ seconds }) => `retry in ${seconds}s`)
    .with({ do: 'ask-an-admin' }, ({ required }) => `needs role ${required.join(' or ') || 'unknown'}`)
    .with({ do: 'show-missing' }, ({ resource }) => `no such ${resource}`)
    .with({ do: 'report-bug' }, ({ message }) => `report: ${message}`)
    .exhaustive()
  return `${error.kind} (${error.code}) -> ${what}`
}
