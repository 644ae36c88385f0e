import type { OzErrorKind } from 'oz-errors'
import { type OzRoute, ozRoute } from 'oz-errors/openapi'
import { z } from 'zod'
import { analysesBody, credentialsBody, folderBody, folderPatch, refreshBody } from './schemas.js'

// The error kinds of every REST route, declared once: the document at /openapi.json reads
// them, and test/example/openapi.test.ts holds the server to them. Every route behind the
// token can answer the three AUTH kinds, and DATABASE when the store is down (the token is
// checked against it first).
const AUTH = ['AUTH_NOT_PROVIDED', 'AUTH_INVALID', 'AUTH_EXPIRED', 'DATABASE'] as const

/** One REST operation of the example: where, what it answers on success, and its error kinds. */
export interface Operation {
  readonly method: 'get' | 'post' | 'patch' | 'delete'
  /** As OpenAPI writes it, under `/api`: `/api/folders/{id}`. */
  readonly path: string
  readonly summary: string
  readonly success: { readonly status: number; readonly description: string }
  readonly body?: z.ZodType
  /** Whether the route is behind the access token. */
  readonly token: boolean
  /** An `ozRoute` declaration; only its kinds are read here. */
  readonly errors: Pick<OzRoute<OzErrorKind>, 'kinds'>
}

const op = (operation: Omit<Operation, 'token'> & { token?: boolean }): Operation => ({
  token: true,
  ...operation,
})

export const OPERATIONS: readonly Operation[] = [
  op({
    method: 'post',
    path: '/api/authorize/auth',
    summary: 'Log in with email and password',
    success: { status: 200, description: 'An access and a refresh token' },
    body: credentialsBody,
    token: false,
    errors: ozRoute('INVALID_STRUCTURE', 'AUTH_INVALID', 'DATABASE'),
  }),
  op({
    method: 'post',
    path: '/api/authorize/refresh',
    summary: 'Trade a refresh token for a new pair',
    success: { status: 200, description: 'A new access and refresh token' },
    body: refreshBody,
    token: false,
    errors: ozRoute('INVALID_STRUCTURE', 'AUTH_INVALID', 'AUTH_EXPIRED', 'DATABASE'),
  }),
  op({
    method: 'get',
    path: '/api/folders',
    summary: 'List the folders, a page at a time (offset, limit)',
    success: { status: 200, description: 'A page of folders' },
    errors: ozRoute(...AUTH, 'INVALID_VALUE', 'INVALID_TYPE'),
  }),
  op({
    method: 'post',
    path: '/api/folders',
    summary: 'Create a folder',
    success: { status: 201, description: 'The folder created' },
    body: folderBody,
    errors: ozRoute(...AUTH, 'INVALID_STRUCTURE'),
  }),
  op({
    method: 'get',
    path: '/api/folders/{id}',
    summary: 'Get a folder',
    success: { status: 200, description: 'The folder' },
    errors: ozRoute(...AUTH, 'NOT_EXIST'),
  }),
  op({
    method: 'patch',
    path: '/api/folders/{id}',
    summary: 'Change a folder’s metadata',
    success: { status: 200, description: 'The folder changed' },
    body: folderPatch,
    errors: ozRoute(...AUTH, 'INVALID_STRUCTURE', 'NOT_EXIST'),
  }),
  op({
    method: 'delete',
    path: '/api/folders/{id}',
    summary: 'Delete a folder (admins only)',
    success: { status: 204, description: 'Deleted' },
    errors: ozRoute(...AUTH, 'AUTH_FORBIDDEN', 'NOT_EXIST'),
  }),
  op({
    method: 'post',
    path: '/api/folders/{id}/analyses',
    summary: 'Start analyses of a folder on the analysis engine',
    success: { status: 201, description: 'The analyses started' },
    body: analysesBody,
    errors: ozRoute(...AUTH, 'INVALID_STRUCTURE', 'NOT_EXIST', 'EXTERNAL_SERVICE'),
  }),
  op({
    method: 'post',
    path: '/api/folders/{id}/media',
    summary: 'Upload media (documented, not built in this example)',
    success: { status: 201, description: 'The media stored' },
    errors: ozRoute(...AUTH, 'NOT_REALIZED'),
  }),
  op({
    method: 'get',
    path: '/api/analyses/{id}',
    summary: 'Get an analysis and its state',
    success: { status: 200, description: 'The analysis' },
    errors: ozRoute(...AUTH, 'NOT_EXIST'),
  }),
  op({
    method: 'get',
    path: '/api/admin/report',
    summary: 'Folder counts by label (admins only; has a deliberate bug)',
    success: { status: 200, description: 'Counts by label' },
    errors: ozRoute(...AUTH, 'AUTH_FORBIDDEN'),
  }),
]

/** A zod request schema as the JSON Schema of what the client sends. */
export const requestSchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input' })
  return rest
}
