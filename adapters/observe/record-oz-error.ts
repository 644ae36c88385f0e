import { httpStatus, type OzError } from '../../core/index.js'

/** An attribute value as OpenTelemetry takes it. */
export type OzSpanAttributeValue = string | number | boolean

/**
 * What `recordOzError` needs of a span: the two methods of OpenTelemetry's `Span` it calls,
 * typed structurally, so `@opentelemetry/api` is not a dependency. A real `Span` fits.
 */
export interface OzSpan {
  setAttribute(key: string, value: OzSpanAttributeValue): unknown
  setStatus(status: { code: number; message?: string }): unknown
}

/** Options of `recordOzError`. */
export interface RecordOzErrorOptions {
  /**
   * The span's kind, as the HTTP conventions tell them apart: on a `'server'` span (default)
   * only a 5xx sets the status to Error (a 4xx is the client's mistake, not the server's); on a
   * `'client'` span every error does; an `'internal'` span follows the server rule.
   */
  readonly spanKind?: 'server' | 'client' | 'internal'
  /**
   * Whether the error set the response's status (default `true`). Pass `false` for a GraphQL
   * field error, answered 200: `http.response.status_code` is then left to the HTTP span, and
   * the status rule reads the kind's status all the same.
   */
  readonly httpStatus?: boolean
}

// SpanStatusCode.ERROR of @opentelemetry/api, a stable number of the specification.
const STATUS_ERROR = 2

/**
 * Records an error on a span by OpenTelemetry's semantic conventions: `error.type` is the kind
 * (`'NOT_EXIST'`: the 13 kinds are the low-cardinality values the convention asks for),
 * `http.response.status_code` the kind's status, `oz.error_code` its code; the span status is
 * Error, with the error's message, for a 5xx on a server span and for every error on a client
 * span, and is left unset otherwise. `cause` and `details` are never recorded.
 *
 * @example
 * app.onError(errorHandler({ onError: (error) => recordOzError(trace.getActiveSpan() ?? noSpan, error) }))
 */
export const recordOzError = (span: OzSpan, error: OzError, options?: RecordOzErrorOptions): void => {
  const status = httpStatus(error)
  span.setAttribute('error.type', error.kind)
  if (options?.httpStatus !== false) span.setAttribute('http.response.status_code', status)
  span.setAttribute('oz.error_code', error.code)
  if (status >= 500 || options?.spanKind === 'client') {
    span.setStatus({ code: STATUS_ERROR, message: error.message })
  }
}
