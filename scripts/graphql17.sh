#!/usr/bin/env bash
# The GraphQL adapter against graphql 17 and graphql-yoga on Node 24 (issue 12). Node 24 is a
# pinned binary from the npm registry under .runtimes/ (gitignored, shared with the runtime
# matrix); test/graphql17/ is a package of its own with its lockfile, so the run loads one
# graphql, 17, and the adapter is built from source with graphql left external.
set -euo pipefail
cd "$(dirname "$0")/.."
# The runtime matrix pins and installs it (scripts/runtimes.ts); this prints its path.
NODE24=$(npx tsx scripts/runtimes.ts --bin node24)
(cd test/graphql17 && npm ci --no-audit --no-fund)
rm -rf test/graphql17/dist
npx esbuild core/index.ts adapters/graphql/index.ts --bundle --splitting --format=esm \
  --platform=neutral --outbase=. --outdir=test/graphql17/dist \
  --external:graphql --external:neverthrow --external:ts-pattern --log-level=warning
cd test/graphql17 && "$NODE24" --test graphql17.test.mjs
