#!/bin/sh
# `npm start`: build, then become the API (exec), so that a signal sent to `npm start` — SIGTERM
# from a service manager, Ctrl-C — reaches the server itself and it shuts down cleanly.
set -e
cd "$(dirname "$0")/.."
npm run --silent build
exec node dist/apps/api/src/main.js "$@"
