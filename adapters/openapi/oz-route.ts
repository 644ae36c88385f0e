import type { ResultAsync } from 'neverthrow'
import { fromResponse, type OzError, type OzErrorKind, type OzErrorOf, ozError } from '../../core/index.js'

/**
 * The error kinds one route can answer with, declared once: `UNKNOWN` is always among them (a
 * bug can happen anywhere). Hand it to `ozResponses` for the document, to `forRoute` of
 * `oz-errors/hono` for the handler's `respond`/`errorResponse`/`validator`, and decode the
 * route's responses on the client with its `fromResponse`.
 *
 * @example
 * const getFolder: OzRoute<'NOT_EXIST'> = ozRoute('NOT_EXIST') // kinds: ['NOT_EXIST', 'UNKNOWN']
 */
export interface OzRoute<K extends OzErrorKind> {
  /** The declared kinds in the order given, then `UNKNOWN` (unless declared), each once. */
  readonly kinds: readonly (K | 'UNKNOWN')[]
  /**
   * For clients: `ok(response)` on a 2xx, else the error decoded (as `fromResponse` of the
   * core does) into exactly the declared union. An error of a kind the route did not declare
   * is not passed off as one: it becomes `UNKNOWN`, with `{ undeclared: error }` as its cause.
   * Never rejects.
   */
  readonly fromResponse: (response: Response) => ResultAsync<Response, OzErrorOf<K | 'UNKNOWN'>>
}

/**
 * The cause of the `UNKNOWN` a route's `fromResponse` gives for a kind it did not declare.
 *
 * @example
 * if (e.kind === 'UNKNOWN' && (e.cause as OzUndeclared | undefined)?.undeclared) log('the server answered an undeclared kind')
 */
export interface OzUndeclared {
  readonly undeclared: OzError
}

/**
 * Declares the error kinds of a route, once; the handler's types, the client's union and the
 * documented responses all follow from the list.
 *
 * @example
 * export const getFolder = ozRoute('AUTH_NOT_PROVIDED', 'AUTH_INVALID', 'NOT_EXIST')
 * // server: forRoute(getFolder).respond(c, result); document: ozResponses(getFolder)
 * const result = await getFolder.fromResponse(await fetch(url)) // err: NOT_EXIST | AUTH_* | UNKNOWN
 */
export const ozRoute = <const K extends OzErrorKind>(...kinds: K[]): OzRoute<K> => {
  const declared = new Set<OzErrorKind>([...kinds, 'UNKNOWN'])
  const narrow = (error: OzError): OzError =>
    declared.has(error.kind)
      ? error
      : ozError('UNKNOWN', { cause: { undeclared: error } satisfies OzUndeclared })
  return Object.freeze({
    kinds: Object.freeze([...declared]) as readonly (K | 'UNKNOWN')[],
    // `narrow` lets through only the declared kinds and UNKNOWN, which TypeScript cannot follow
    // through a `Set` of a generic union.
    fromResponse: (response: Response) =>
      fromResponse(response).mapErr(narrow) as ResultAsync<Response, OzErrorOf<K | 'UNKNOWN'>>,
  })
}
