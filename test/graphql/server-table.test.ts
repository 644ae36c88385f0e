// One table (server-table.ts), run identically against every server setup we ship docs for.
import { fromGraphQLError, maskError } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCEPTS, GRAPHQL_RESPONSE, SECRET } from '../support/graphql-fixtures.js'
import { type ServerName, type Started, startApollo, startYoga } from '../support/graphql-servers.js'
import { TABLE, type TableRequest } from './server-table.js'

const SETUPS: readonly [string, ServerName, () => Promise<Started>][] = [
  ['graphql-yoga with maskError and ozYogaPlugin', 'yoga', () => startYoga({ ours: true })],
  [
    'graphql-yoga with maskError (isDev) and ozYogaPlugin',
    'yoga',
    () => startYoga({ ours: true }, { maskedErrors: { maskError, isDev: true } }),
  ],
  ...['development', 'production', 'test', ''].map(
    (nodeEnv): [string, ServerName, () => Promise<Started>] => [
      `Apollo Server with formatError and ozApolloPlugin, nodeEnv "${nodeEnv}"`,
      'apollo',
      () => startApollo({ ours: true }, { nodeEnv }),
    ],
  ),
]

/** The headers our kinds set; a response of ours carries exactly those its case expects. */
const OUR_HEADERS = ['www-authenticate', 'retry-after', 'allow']

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly body:
    | { readonly errors?: readonly { readonly extensions?: Record<string, unknown> }[] }
    | undefined
}

const send = async (url: string, request: TableRequest, accept: string): Promise<Answer> => {
  const headers: Record<string, string> = { accept, authorization: `Bearer ${request.token ?? 'alice'}` }
  let response: Response
  if (request.method === 'POST') {
    headers['content-type'] = 'application/json'
    response = await fetch(url, { method: 'POST', headers, body: request.payload })
  } else {
    if (request.bareGet !== true) headers['apollo-require-preflight'] = 'true'
    response = await fetch(`${url}?${request.payload}`, { headers })
  }
  const text = await response.text()
  const isJson = /json/.test(response.headers.get('content-type') ?? '')
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: isJson ? JSON.parse(text) : undefined,
  }
}

describe.each(SETUPS)('%s', (_, name, start) => {
  let server: Started
  beforeAll(async () => {
    server = await start()
  })
  afterAll(() => server.close())

  describe.each(ACCEPTS)('with Accept: %s', (accept) => {
    it.each(TABLE.map((row) => [row.name, row] as const))('%s', async (_, row) => {
      const answer = await send(server.url, row.request, accept)
      if (answer.body !== undefined) {
        expect(answer.text).not.toContain(SECRET)
        expect(answer.text).not.toMatch(/hunter2|stacktrace|originalError|"http"|SELECT/)
      }
      for (const error of answer.body?.errors ?? []) {
        if (fromGraphQLError(error).isOk()) {
          expect(Object.keys(error.extensions ?? {})).toEqual(['code', 'error_code', 'details'])
        }
      }
      if ('ours' in row) {
        expect(answer.status).toBe(row.ours.status)
        expect(answer.headers.get('content-type')?.split(';')[0]).toBe(accept)
        for (const header of OUR_HEADERS) {
          const want = Object.entries(row.ours.headers).find(([key]) => key.toLowerCase() === header)
          expect(answer.headers.get(header)).toBe(want?.[1] ?? null)
        }
        expect(answer.body).toEqual(row.ours.body)
        return
      }
      const own = row.own[name]
      const status =
        typeof own.status === 'number' ? own.status : own.status[accept === GRAPHQL_RESPONSE ? 0 : 1]
      expect(answer.status).toBe(status)
      expect(answer.body?.errors?.[0]?.extensions?.code ?? null).toBe(own.code)
      if (row.clientMistake === true) {
        expect(answer.status).toBeGreaterThanOrEqual(accept === GRAPHQL_RESPONSE ? 400 : 200)
        expect(answer.status).toBeLessThan(500)
        expect(own.code).not.toBe('UNKNOWN')
      }
    })
  })
})
