import { Ajv2020 } from 'ajv/dist/2020.js'
import { ozComponents, ozResponses, ozWireSchema } from 'oz-errors/openapi'

// The JSON Schema (2020-12) of one kind's body, or of all (a oneOf by error_code).
const validate = new Ajv2020().compile(ozWireSchema('NOT_EXIST'))
validate({ error_code: 10, error_message: 'Not here', details: { resource: 'folder', id: '42' } }) // true

// Responses keyed by status, for any OpenAPI document; kinds sharing a status are one response.
export const paths = {
  '/folders/{id}': {
    get: {
      responses: {
        200: { description: 'The folder' },
        ...ozResponses(['NOT_EXIST', 'AUTH_INVALID', 'AUTH_EXPIRED'], { ref: true }),
      },
    },
  },
}

// `{ ref: true }` points at these; `{ openapi: '3.0' }` writes nullable and one-value enums.
export const document = {
  openapi: '3.1.0',
  info: { title: 'files', version: '1' },
  paths,
  components: ozComponents(),
}
