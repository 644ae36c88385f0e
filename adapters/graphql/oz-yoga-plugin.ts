import { GraphQLError } from 'graphql'

/**
 * A request parser as graphql-yoga calls it (typed structurally, so `oz-errors/graphql` needs
 * no `graphql-yoga` in its types).
 *
 * @example
 * const parse: OzYogaRequestParser = (request) => request.json()
 */
export type OzYogaRequestParser = (request: Request) => unknown

/**
 * A graphql-yoga plugin (structurally a Yoga `Plugin`).
 *
 * @example
 * const plugins = [ozYogaPlugin()]
 */
export interface OzYogaPlugin {
  onRequestParse(payload: {
    readonly requestParser?: OzYogaRequestParser | undefined
    readonly setRequestParser: (parser: OzYogaRequestParser) => void
  }): void
  onResponse(payload: { readonly response: Response }): void
}

// Yoga's 406 names what it can send once per range the client asked for: 2 KB of commas in
// `Accept` came back as a 298 KB header. Each type is named once, so the answer is bounded by
// what Yoga can send, not by what the client sent.
const boundedAccept = (response: Response): void => {
  const listed = response.headers.get('accept')
  if (response.status !== 406 || listed === null) return
  const unique = [...new Set(listed.split(',').map((type) => type.trim()))].join(', ')
  try {
    response.headers.set('accept', unique)
  } catch {
    // Headers that cannot be changed are left as Yoga made them.
  }
}

// Without a message from the parser: `JSON.parse`'s quotes the parameter it refused.
const malformed = (): GraphQLError =>
  new GraphQLError('Malformed request parameters: `variables` and `extensions` must be JSON objects', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  })

// Yoga's parsers of GET query strings and form bodies call `JSON.parse` on `variables` and
// `extensions` and let its SyntaxError through; `maskError` could only take it for a bug (500).
const refuse = (thrown: unknown): never => {
  if (thrown instanceof SyntaxError) throw malformed()
  throw thrown
}

/**
 * Makes graphql-yoga answer a client's malformed parameters (a GET whose `variables` or
 * `extensions` is not JSON, the same in a form body) with 400 and code `BAD_REQUEST`, as it
 * already answers a malformed JSON body, instead of the 500 `UNKNOWN` that `maskError` would
 * have to give the parser's `SyntaxError`; and names each type once in the `Accept` of its
 * 406 (Yoga names them once per range the client sent). Register it with `maskError`.
 *
 * @example
 * createYoga({ schema, maskedErrors: { maskError }, plugins: [ozYogaPlugin()] })
 */
export const ozYogaPlugin = (): OzYogaPlugin => ({
  onRequestParse: ({ requestParser, setRequestParser }) => {
    if (requestParser === undefined) return
    // Yoga takes a parser's answer as a value or a promise: one async function catches both.
    setRequestParser(async (request) => {
      try {
        return await requestParser(request)
      } catch (thrown) {
        return refuse(thrown)
      }
    })
  },
  onResponse: ({ response }) => boundedAccept(response),
})
