#!/usr/bin/env bash
# Doudi monitoring benchmark (issue 6): one command, one run, figures to benchmarks/results/.
#   benchmarks/run.sh [PERSONS] [FEED_RECORDS]        defaults: 1000000 1000000
# Builds the distribution if needed, starts a fresh copy on embedded Derby (heap capped at 2 GiB),
# generates the synthetic registry and feeds, and measures: bulk import, feed load + cross-comparison,
# big screening, GET /api/households/{id} and /api/health under wrk (32 connections), and the same feed
# matched in PostgreSQL (COPY + one SQL join) as the reference. Needs: Java 17, Maven, python3, psql and a
# PostgreSQL on 127.0.0.1:5432 (trust auth), wrk (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS="${1:-1000000}"
RECORDS="${2:-1000000}"
WORK="${DOUDI_BENCH_DIR:-/tmp/doudi-bench}"
PORT="${DOUDI_BENCH_PORT:-8181}"

if ! command -v wrk >/dev/null; then
    (apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null)) \
        || echo "wrk could not be installed; the HTTP figures are skipped" >&2
fi
if [ ! -d distribution/target/assembly ]; then
    mvn -B -q -o install -DskipTests || mvn -B -q install -DskipTests
fi

mkdir -p "$WORK/data"
if [ ! -f "$WORK/data/registry-$PERSONS.csv" ]; then
    java benchmarks/src/Synthetic.java registry "$PERSONS" "$WORK/data/registry-$PERSONS.csv"
fi
if [ ! -d "$WORK/data/feeds-$RECORDS-$PERSONS" ]; then
    java benchmarks/src/Synthetic.java feeds "$RECORDS" "$WORK/data/feeds-$RECORDS-$PERSONS" "$PERSONS"
fi

rm -rf "$WORK/server"
cp -r distribution/target/assembly "$WORK/server"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$WORK/server/etc/org.ops4j.pax.web.cfg" || true
export DOUDI_ADMIN_PASSWORD="bench-$(date +%s)"
export DOUDI_HEAP=2g
export DOUDI_DEMO_HOUSEHOLDS=0
"$WORK/server/bin/start"
trap '"$WORK/server/bin/stop" >/dev/null 2>&1 || true' EXIT

python3 benchmarks/src/bench.py --base "http://localhost:$PORT/api" --password "$DOUDI_ADMIN_PASSWORD" \
    --registry "$WORK/data/registry-$PERSONS.csv" --feeds "$WORK/data/feeds-$RECORDS-$PERSONS" \
    --persons "$PERSONS" --records "$RECORDS" --server-dir "$WORK/server" --out benchmarks/results
