import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Running } from '../../examples/listen.js'
import { cases, sendCase } from '../support/example-codes.js'

interface Document {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >
  components: object
}

let server: Running
let document: Document
beforeAll(async () => {
  server = await listen({ onUnexpected: () => {} })
  document = (await (await fetch(`${server.url}/openapi.json`)).json()) as Document
})
afterAll(() => server.close())

// The path template of the document that a request path falls under: `/api/folders/{id}`.
const templateOf = (path: string): string | undefined => {
  const bare = path.split('?')[0] ?? ''
  return Object.keys(document.paths).find((template) =>
    new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(bare),
  )
}

describe('the example’s OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by an outside validator', async () => {
    const result = await new Validator().validate(document as never)
    expect(result).toEqual({ valid: true })
    expect((document as { openapi?: string }).openapi).toBe('3.1.0')
  })

  it('documents every REST route with its success and error responses', () => {
    const folder = document.paths['/api/folders/{id}']?.get?.responses ?? {}
    expect(Object.keys(folder).sort()).toEqual(['200', '401', '404', '500', '503'])
  })

  // The validator of the schema documented for one status, its `$ref`s resolved against the
  // document's components.
  const ajv = new Ajv2020({ strict: false })

  it.each(cases)(
    'lists the status of $kind ($code) for its route, and its body fits the schema',
    async (c) => {
      Object.assign(server.flags, c.flags)
      try {
        const response = await sendCase(server.url, c)
        const template = templateOf(c.path)
        expect(template, `${c.path} is documented`).toBeDefined()
        const operation = document.paths[template ?? '']?.[(c.method ?? 'GET').toLowerCase()]
        const documented = operation?.responses[String(response.status)]
        expect(documented, `${c.method ?? 'GET'} ${c.path} lists ${response.status}`).toBeDefined()
        const schema = documented?.content?.['application/json']?.schema ?? {}
        const validate = ajv.compile({ ...schema, components: document.components })
        const body: unknown = await response.json()
        expect(validate(body), JSON.stringify(validate.errors)).toBe(true)
      } finally {
        Object.assign(server.flags, { engineDown: null, storeDown: null })
      }
    },
  )
})
