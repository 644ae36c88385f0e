import { createTRPCClient, httpBatchLink, isTRPCClientError } from '@trpc/client'
import { fromTRPCClientError } from 'oz-errors/trpc'
import type { AppRouter } from './server.js'

const client = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: 'http://localhost:3000/trpc', headers: { authorization: 'Bearer t0ken' } })],
})

try {
  console.log(await client.folder.query('42'))
} catch (caught) {
  // `data.oz` is typed `OzWire` by inference from the router: no cast.
  if (isTRPCClientError<AppRouter>(caught)) console.log(caught.data?.oz.error_code)
  // Or decode it, checked, into an OzError to match on its kind.
  fromTRPCClientError(caught).match(
    (error) => {
      if (error.kind === 'NOT_EXIST') console.log(`no ${error.details?.resource} ${error.details?.id}`)
      else if (error.kind === 'AUTH_NOT_PROVIDED') console.log('log in first')
      else console.log(error.kind, error.message)
    },
    (notOurs) => console.log('not an Oz error:', notOurs.message),
  )
}
