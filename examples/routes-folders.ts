import { Hono } from 'hono'
import { OzErr } from 'oz-errors'
import { errorResponse, ozValidator, respond } from 'oz-errors/hono'
import type { AuthDeps } from './auth.js'
import {
  createFolder,
  type Deps,
  deleteFolder,
  getAnalysis,
  getFolder,
  listFolders,
  patchFolder,
  startAnalyses,
} from './folders.js'
import { type AppEnv, requireUser } from './http.js'
import { parsePaging } from './paging.js'
import { analysesBody, folderBody, folderPatch } from './schemas.js'

/** Folders and their analyses, every route behind the access token. */
export const folderRoutes = (deps: Deps & AuthDeps) => {
  const auth = requireUser(deps)
  return (
    new Hono<AppEnv>()
      .get('/folders', auth, (c) =>
        respond(
          c,
          parsePaging(c.req.query()).andThen((paging) => listFolders(deps, c.var.user, paging)),
        ),
      )
      .post('/folders', auth, ozValidator('json', folderBody), (c) =>
        respond(c, createFolder(deps, c.var.user, c.req.valid('json')), 201),
      )
      .get('/folders/:id', auth, (c) => respond(c, getFolder(deps, c.var.user, c.req.param('id'))))
      .patch('/folders/:id', auth, ozValidator('json', folderPatch), (c) =>
        respond(c, patchFolder(deps, c.var.user, c.req.param('id'), c.req.valid('json'))),
      )
      .delete('/folders/:id', auth, (c) => {
        const deleted = deleteFolder(deps, c.var.user, c.req.param('id'))
        return deleted.isOk() ? c.body(null, 204) : respond(c, deleted)
      })
      .post('/folders/:id/analyses', auth, ozValidator('json', analysesBody), async (c) =>
        respond(c, await startAnalyses(deps, c.var.user, c.req.param('id'), c.req.valid('json')), 201),
      )
      // In the API's documentation, not built here yet: media upload needs a file store.
      .post('/folders/:id/media', auth, () =>
        errorResponse(
          OzErr.notRealized({ message: 'Media upload is documented but not built in this example' }),
        ),
      )
      .get('/analyses/:id', auth, (c) => respond(c, getAnalysis(deps, c.var.user, c.req.param('id'))))
  )
}
