import type { GraphQLError } from 'graphql'
import type { OzError } from '../../core/index.js'
import { ignore } from '../../core/internal/quietly.js'
import { maskWith } from './mask-error.js'

/** Options of `createMaskError` and `createFormatError`. */
export interface GraphQLObserveOptions {
  /**
   * Called once with every Oz error rendered, ours or masked (a masked one is the `UNKNOWN`
   * sent, with the original thrown value as `thrown`); not for GraphQL's own errors (syntax,
   * validation), which pass untouched. What it throws or rejects with is ignored.
   */
  readonly onError?: (error: OzError, context: { readonly thrown: unknown }) => void
}

/**
 * `maskError` with an `onError` hook, for tracing and metrics.
 *
 * @example
 * createYoga({ schema, maskedErrors: { maskError: createMaskError({ onError: (e) => count(e.kind) }) } })
 */
export const createMaskError =
  (options?: GraphQLObserveOptions): ((error: unknown) => GraphQLError) =>
  (error) =>
    maskWith(error, options?.onError ?? ignore)
