import type { OzErrorKind } from 'oz-errors'
import { expect } from 'vitest'
import type { Flags } from '../../examples/flags.js'
import { TOKEN } from './example.js'

// The README's table, request for request: each code reached from a real condition.
export const FOLDER = '00000000-0000-4000-8000-000000000003'
export const MISSING = '00000000-0000-4000-8000-0000000fffff'
export const json = { 'content-type': 'application/json' }

/** One request of the README's code table, and what it is answered with. */
export interface Case {
  readonly code: number
  readonly kind: OzErrorKind
  readonly status: number
  readonly method?: string
  readonly path: string
  readonly token?: string
  readonly body?: string
  readonly flags?: Partial<Flags>
  readonly details: unknown
  readonly headers?: Record<string, string>
}

export const cases: Case[] = [
  { code: 0, kind: 'UNKNOWN', status: 500, path: '/api/admin/report', token: 'demo-admin', details: null },
  {
    code: 1,
    kind: 'NOT_ALLOWED',
    status: 405,
    // No token needed: a method the path does not have is refused before any route runs.
    method: 'DELETE',
    path: '/api/folders',
    details: { method: 'DELETE', allowed: ['GET', 'HEAD', 'POST'] },
    headers: { allow: 'GET, HEAD, POST' },
  },
  {
    code: 2,
    kind: 'NOT_REALIZED',
    status: 501,
    method: 'POST',
    path: `/api/folders/${FOLDER}/media`,
    token: 'demo-operator',
    details: null,
  },
  {
    code: 3,
    kind: 'INVALID_STRUCTURE',
    status: 400,
    method: 'POST',
    path: '/api/folders',
    token: 'demo-operator',
    body: '{"meta_data":"oops"}',
    details: {
      key_path: 'meta_data',
      issues: [{ key_path: 'meta_data', message: 'Expected record' }],
    },
  },
  {
    code: 4,
    kind: 'INVALID_VALUE',
    status: 400,
    path: '/api/folders?limit=1000',
    token: 'demo-operator',
    details: { key_path: 'limit', reason: 'must be from 1 to 100' },
  },
  {
    code: 5,
    kind: 'INVALID_TYPE',
    status: 400,
    path: '/api/folders?offset=abc',
    token: 'demo-operator',
    details: { key_path: 'offset', expected: 'integer', received: 'string' },
  },
  {
    code: 6,
    kind: 'AUTH_NOT_PROVIDED',
    status: 401,
    path: '/api/folders',
    details: null,
    headers: { 'www-authenticate': 'Bearer realm="oz"' },
  },
  {
    code: 7,
    kind: 'AUTH_INVALID',
    status: 401,
    path: '/api/folders',
    token: 'no-such-token',
    details: null,
    headers: {
      'www-authenticate':
        'Bearer realm="oz", error="invalid_token", error_description="The access token is invalid"',
    },
  },
  {
    code: 8,
    kind: 'AUTH_EXPIRED',
    status: 401,
    path: '/api/folders',
    token: 'demo-expired',
    details: { expired_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    headers: { 'www-authenticate': expect.stringMatching(/^Bearer realm="oz", error="invalid_token", /) },
  },
  {
    code: 9,
    kind: 'AUTH_FORBIDDEN',
    status: 403,
    method: 'DELETE',
    path: `/api/folders/${FOLDER}`,
    token: 'demo-operator',
    details: { required: ['admin'] },
  },
  {
    code: 10,
    kind: 'NOT_EXIST',
    status: 404,
    path: `/api/folders/${MISSING}`,
    token: 'demo-operator',
    details: { resource: 'folder', id: MISSING },
  },
  {
    code: 11,
    kind: 'EXTERNAL_SERVICE',
    status: 502,
    method: 'POST',
    path: `/api/folders/${FOLDER}/analyses`,
    token: 'demo-operator',
    body: '{"analyses":[{"type":"quality"}]}',
    flags: { engineDown: 30 },
    details: { service: 'analysis-engine', retry_after: 30 },
    headers: { 'retry-after': '30' },
  },
  {
    code: 12,
    kind: 'DATABASE',
    status: 503,
    path: '/api/folders',
    token: 'demo-operator',
    flags: { storeDown: 5 },
    details: { retry_after: 5 },
    headers: { 'retry-after': '5' },
  },
]

/** Sends the request of a case to the example server at `url`, as a client would. */
export const sendCase = (url: string, c: Pick<Case, 'method' | 'path' | 'token' | 'body'>) => {
  const headers: Record<string, string> = c.body === undefined ? {} : { ...json }
  if (c.token !== undefined) headers[TOKEN] = c.token
  const init: RequestInit = { method: c.method ?? 'GET', headers }
  if (c.body !== undefined) init.body = c.body
  return fetch(`${url}${c.path}`, init)
}
