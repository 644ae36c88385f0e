import { fromGraphQLError } from 'oz-errors/graphql'

const response = await fetch('http://localhost:4000/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer demo' },
  body: JSON.stringify({ query: '{ folder(id: "2") { name } }' }),
})
const body = (await response.json()) as { errors?: unknown[] }
for (const error of body.errors ?? []) {
  fromGraphQLError(error).match(
    (oz) => console.log(response.status, oz.kind, oz.details), // 200 NOT_EXIST { resource: 'folder', id: '2' }
    (foreign) => console.log('not ours:', foreign.message),
  )
}
