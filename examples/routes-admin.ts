import { Hono } from 'hono'
import { respond } from 'oz-errors/hono'
import type { AuthDeps } from './auth.js'
import { type Deps, folderReport } from './folders.js'
import { type AppEnv, requireUser } from './http.js'

/**
 * `GET /api/admin/report`: folder counts by label (`folderReport`, which has a deliberate bug).
 * The error handler turns its `TypeError` into a masked UNKNOWN (500) whose body says nothing
 * of it, and hands the real error to the server's log.
 */
export const adminRoutes = (deps: Deps & AuthDeps) =>
  new Hono<AppEnv>().get('/admin/report', requireUser(deps), (c) =>
    respond(c, folderReport(deps, c.var.user)),
  )
