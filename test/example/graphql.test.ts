import { fromGraphQLError } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Running } from '../../examples/listen.js'
import { TOKEN } from '../support/example.js'

let server: Running

beforeAll(async () => {
  server = await listen()
})
afterAll(() => server.close())

interface Body {
  data?: Record<string, unknown> | null
  errors?: { path?: unknown[] }[]
}

const gql = async (query: string, token?: string) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== undefined) headers[TOKEN] = token
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  })
  const body = (await response.json()) as Body
  const first = body.errors?.[0]
  const error =
    first === undefined
      ? undefined
      : fromGraphQLError(first).match(
          (e) => e,
          (bad) => bad,
        )
  return { response, body, first, error }
}

describe('the example GraphQL endpoint', () => {
  it('refuses a request without a token as a whole: 401, the challenge, AUTH_NOT_PROVIDED', async () => {
    const { response, body, error } = await gql('{ folders { total } }')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="oz"')
    expect(body.data).toBeUndefined()
    expect(error).toMatchObject({ kind: 'AUTH_NOT_PROVIDED', code: 6 })
  })

  it('refuses an expired token with 401 and AUTH_EXPIRED', async () => {
    const { response, error } = await gql('{ folders { total } }', 'demo-expired')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"')
    expect(error).toMatchObject({ kind: 'AUTH_EXPIRED', details: { expired_at: expect.any(String) } })
  })

  it('answers a store outage as a whole with 503, Retry-After and DATABASE', async () => {
    server.flags.storeDown = 7
    try {
      const { response, error } = await gql('{ folders { total } }', 'demo-operator')
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('7')
      expect(error).toMatchObject({ kind: 'DATABASE', details: { retry_after: 7 } })
    } finally {
      server.flags.storeDown = null
    }
  })

  it('gives a field error with 200 and the other fields kept: NOT_EXIST next to `me`', async () => {
    const { response, body, first, error } = await gql(
      '{ me { role } folder(id: "nope") { folder_id } }',
      'demo-operator',
    )
    expect(response.status).toBe(200)
    expect(body.data).toEqual({ me: { role: 'operator' }, folder: null })
    expect(first?.path).toEqual(['folder'])
    expect(error).toMatchObject({ kind: 'NOT_EXIST', details: { resource: 'folder', id: 'nope' } })
  })

  it.each([
    [
      '{ folders(limit: 1000) { total } }',
      'INVALID_VALUE',
      { key_path: 'limit', reason: 'must be from 1 to 100' },
    ],
    ['mutation { deleteFolder(id: "x") }', 'AUTH_FORBIDDEN', { required: ['admin'] }],
  ])('answers %s with %s in the field error', async (query, kind, details) => {
    const { error } = await gql(query, 'demo-operator')
    expect(error).toMatchObject({ kind, details })
  })

  it('answers a down engine with EXTERNAL_SERVICE and its retry_after', async () => {
    server.flags.engineDown = 12
    try {
      const query =
        'mutation { startAnalysis(folder_id: "00000000-0000-4000-8000-000000000003", type: quality) { state } }'
      const { error } = await gql(query, 'demo-operator')
      expect(error).toMatchObject({
        kind: 'EXTERNAL_SERVICE',
        details: { service: 'analysis-engine', retry_after: 12 },
      })
    } finally {
      server.flags.engineDown = null
    }
  })

  it('passes GraphQL’s own validation errors as the server reports them', async () => {
    const { first, error } = await gql('{ folders { nope } }', 'demo-operator')
    expect(first).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })
    // Not ours, so the client's decoder refuses it (and counts it as INVALID_STRUCTURE).
    expect(error).not.toHaveProperty('kind')
    expect(error).toHaveProperty('message')
  })

  it('refuses an anonymous request before validation: no "Did you mean" leaks the schema', async () => {
    const { response, body, error } = await gql('{ foldrs { total } }')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="oz"')
    expect(JSON.stringify(body)).not.toMatch(/folders|Did you mean/)
    expect(error).toMatchObject({ kind: 'AUTH_NOT_PROVIDED' })
  })

  it('serves the GraphiQL page without a token, its scripts and styles inline', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('<title>Oz example API</title>')
    // Yoga's default page loads its bundle, styles and workers from unpkg.com (unquoted attributes).
    expect(html).not.toMatch(/<(script|link)\b[^>]*\b(src|href)=["']?(https?:)?\/\//)
    expect(html).not.toContain('unpkg.com')
  })

  it.each([
    ['text/html', 200],
    ['application/json', 401],
  ])('answers HEAD /graphql (Accept %s) as GET, without a body', async (accept, status) => {
    const head = await fetch(`${server.url}/graphql`, { method: 'HEAD', headers: { accept } })
    const get = await fetch(`${server.url}/graphql`, { headers: { accept } })
    expect(head.status).toBe(status)
    expect(get.status).toBe(status)
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
    expect(head.headers.get('www-authenticate')).toBe(get.headers.get('www-authenticate'))
    expect(await head.text()).toBe('')
    await get.body?.cancel()
  })
})
