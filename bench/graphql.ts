import {
  type DocumentNode,
  executeSync,
  GraphQLError,
  GraphQLID,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
} from 'graphql'
import { maskError as yogaMaskError } from 'graphql-yoga'
import { err, type Result } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import { maskError, unwrapOrThrow } from 'oz-errors/graphql'
import type { Batch, Figure } from './harness.js'

interface Folder {
  readonly id: string
  readonly name: string
}

const findFolder = (id: string): Result<Folder, OzError> =>
  err(OzErr.notExist({ details: { resource: 'folder', id } }))

const schemaWith = (folder: (id: string) => Folder) => {
  const FolderType = new GraphQLObjectType({
    name: 'Folder',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      name: { type: new GraphQLNonNull(GraphQLString) },
    },
  })
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      folder: {
        type: FolderType,
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        resolve: (_source, args: { id: string }) => folder(args.id),
      },
    },
  })
  return new GraphQLSchema({ query })
}

const ours = schemaWith((id) => unwrapOrThrow(findFolder(id)))
const plain = schemaWith((id) => {
  throw new GraphQLError('The requested resource is not found', {
    extensions: { code: 'NOT_EXIST', error_code: 10, details: { resource: 'folder', id } },
  })
})

// Parsed and validated once, as servers cache them; what is timed is execution and after.
const document: DocumentNode = parse('{ folder(id: "42") { id name } }')
for (const schema of [ours, plain]) {
  if (validate(schema, document).length > 0) throw new Error('graphql: the bench query is invalid')
}

// What a server does with the result: mask each error, then serialize the response.
const respond = (schema: GraphQLSchema, mask: (error: GraphQLError) => Error): string => {
  const { data, errors } = executeSync({ schema, document })
  return JSON.stringify({ data, errors: errors?.map(mask) })
}

const oursMask = (error: GraphQLError): Error => maskError(error)
// graphql-yoga's own default: what a resolver throwing GraphQLErrors goes through anyway.
const yogaMask = (error: GraphQLError): Error => yogaMaskError(error, 'Unexpected error.', false)

const batch =
  (schema: GraphQLSchema, mask: (error: GraphQLError) => Error): Batch =>
  (n) => {
    let total = 0
    for (let i = 0; i < n; i++) total += respond(schema, mask).length
    return total
  }

/** `execute` with a resolver returning `err()` through `unwrapOrThrow` + `maskError`, against a plain `GraphQLError`. */
export const graphql: Figure = {
  name: 'graphql',
  target: 0.95,
  rounds: 41,
  ours: { batch: batch(ours, oursMask) },
  baseline: { batch: batch(plain, yogaMask) },
  check: () => {
    const a = respond(ours, oursMask)
    const b = respond(plain, yogaMask)
    if (a !== b) throw new Error(`graphql: the responses differ:\n${a}\n${b}`)
  },
}
