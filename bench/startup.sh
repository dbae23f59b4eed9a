#!/usr/bin/env bash
# Start-up figures of `npm start` on this checkout: time to "stancegraph ready", time from
# SIGTERM to exit, and the embedded JVM's resident memory once seeded.
#   bench/startup.sh [runs]      (uses a fresh STANCEGRAPH_DATA_DIR; PORT and bolt port free ones)
# For a cold first start, run it in a fresh clone with MAVEN_OPTS=-Dmaven.repo.local=<empty dir>.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
node scripts/build.mjs
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
for i in $(seq 1 "$runs"); do
  log="$data/run$i.log"
  : >"$log"
  start=$(date +%s%N)
  PORT=$(free_port) STANCEGRAPH_BOLT_PORT=$(free_port) STANCEGRAPH_DATA_DIR="$data" \
    node dist/main.js 2>"$log" &
  pid=$!
  until grep -q 'stancegraph ready' "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  jvm=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).pid)' "$data/neo4j/listen.json")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$jvm/status")
  stop_start=$(date +%s%N)
  kill -TERM "$pid"
  wait "$pid"
  stopped=$(( ($(date +%s%N) - stop_start) / 1000000 ))
  while kill -0 "$jvm" 2>/dev/null; do sleep 0.1; done
  echo "run $i: ready in ${ready} ms, JVM RSS ${rss} MB, stopped in ${stopped} ms"
done
