import { Ajv2020 } from 'ajv/dist/2020.js'
import { Hono } from 'hono'
import { err } from 'neverthrow'
import { OzErr, toProblem } from 'oz-errors'
import { errorHandler, forRoute } from 'oz-errors/hono'
import { ozComponents, ozProblemSchema, ozResponses, ozRoute } from 'oz-errors/openapi'

// The JSON Schema (2020-12) of the problem body toProblem gives, per kind or for all.
const validate = new Ajv2020().compile(ozProblemSchema('NOT_EXIST'))
validate(toProblem(OzErr.notExist({ details: { resource: 'folder', id: '42' } }))) // true

// The renderers and the document take the same `format`.
const getFolder = ozRoute('AUTH_NOT_PROVIDED', 'NOT_EXIST')
export const app = new Hono()
  .get('/folders/:id', (c) =>
    forRoute(getFolder).respond(c, err(OzErr.notExist({ details: { resource: 'folder' } })), {
      format: 'negotiate',
    }),
  )
  .onError(errorHandler({ format: 'negotiate' }))

// 401, 404 and 500, each with application/json and application/problem+json, and Vary: Accept.
export const responses = ozResponses(getFolder, { format: 'negotiate' })
responses[404].content['application/problem+json'].schema // the NOT_EXIST problem schema

// With { ref: true }: `Oz<Kind>` and `Oz<Kind>Problem` schemas, from components of the same format.
export const components = ozComponents({ format: 'negotiate' })
