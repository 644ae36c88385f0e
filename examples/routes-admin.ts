import { Hono } from 'hono'
import { respond } from 'oz-errors/hono'
import type { AuthDeps } from './auth.js'
import { requireAdmin } from './auth.js'
import type { Deps } from './folders.js'
import { type AppEnv, requireUser } from './http.js'
import type { Folder } from './store.js'

/**
 * `GET /api/admin/report`: folder counts by label. It has a deliberate bug: a folder without a
 * label (one is seeded) makes it throw a `TypeError`. The error handler turns that into a
 * masked UNKNOWN (500) whose body says nothing of the `TypeError`, and hands the real error to
 * the server's log.
 */
export const adminRoutes = (deps: Deps & AuthDeps) =>
  new Hono<AppEnv>().get('/admin/report', requireUser(deps), (c) =>
    respond(
      c,
      requireAdmin(c.var.user)
        .andThen(() => deps.store.allFolders())
        .map(countByLabel),
    ),
  )

const countByLabel = (folders: readonly Folder[]): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const folder of folders) {
    // The bug: `label` is optional metadata, but this reads it as if it were always there.
    // biome-ignore lint/style/noNonNullAssertion: the deliberate bug this route exists to show
    const label = folder.meta_data.label!.toLowerCase()
    counts[label] = (counts[label] ?? 0) + 1
  }
  return counts
}
