#!/usr/bin/env bash
# Full-text search and related articles at low concurrency with the response
# cache off, on the database bench/Seed.java filled:
#   bash bench/search.sh
# The issue's target at 1,000,000 articles: search p95 <= 50 ms, related
# p99 <= 20 ms. Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and a
# seeded database (BENCH_SEED_ONLY=1 bash bench/run.sh 1000000 makes one);
# installs wrk from Debian if missing; (re)builds the jar when src/ or pom.xml
# is newer. The first start of a jar with a new migration (the search index)
# migrates the seeded database, which at 1,000,000 articles takes minutes.
#
# Queries are the examples Seed kept in bench_seed_example (rare, common,
# two-word AND, a quoted phrase, an `or`, an exclusion, a tag filter,
# accented names, with their exact match counts); related articles are asked
# for 20 articles with a story tag and 20 with only broad tags (News and/or a
# section). For each of 1 and 4 connections, after a warm-up: the rotating
# search mix and the rotating related mix, DURATION each; then each query
# alone at 1 connection, PER_QUERY each. p95 and p99 are wrk's exact
# percentiles (from a Lua done()). Any socket error or any answer other than
# 2xx stops the run and nothing is recorded; otherwise the tables are printed
# and appended to bench/RESULTS.md, headed by the commit (-dirty when the tree
# differs; RESULTS.md itself does not count), the machine and its load, and
# PostgreSQL's shared_buffers (searches read many stored vectors: the default
# 128MB leaves most of them to the operating system's cache; README).
#
# Environment:
#   BENCH_DB=masthead_bench        the seeded database
#   BENCH_CONNECTIONS="1 4"        wrk connections, one mix run each (threads: min(2, connections))
#   BENCH_DURATION=20s             each measured mix run
#   BENCH_WARMUP=10s               each warm-up run (search mix, related mix), once
#   BENCH_PER_QUERY=3s             each query alone at 1 connection; 0 skips them
#   BENCH_RELATED_LIMIT=5          ?limit= of the related requests
#   BENCH_START_SECONDS=1800       how long a start (with a migration) may take
#   BENCH_NOTE=...                 added to the heading
#   BENCH_JAVA_OPTS=...            the service's JVM options (default: the production ones, as run.sh)
#   BENCH_STAND_IN=1               test this script before the endpoints exist: search requests become
#                                  /api/v1/articles?tag=... and related ones /api/v1/articles/{slug};
#                                  prints, records nothing
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

DB="${BENCH_DB:-masthead_bench}"
PORT=8093
CONNECTIONS_LIST="${BENCH_CONNECTIONS:-1 4}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
PER_QUERY="${BENCH_PER_QUERY:-3s}"
RELATED_LIMIT="${BENCH_RELATED_LIMIT:-5}"
START_SECONDS="${BENCH_START_SECONDS:-1800}"
NOTE="${BENCH_NOTE:-}"
STAND_IN="${BENCH_STAND_IN:-0}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx96m -Xss256k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=96m -XX:CICompilerCount=2}"
export MALLOC_ARENA_MAX=2
WORK=target/bench-search
mkdir -p "$WORK"
psql_db() { psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -tAq "$@"; }

command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
psql_db -c "select 1 from bench_seed_example limit 1" > /dev/null 2>&1 \
    || { echo "$DB holds no bench_seed_example: seed it first (BENCH_DB=$DB BENCH_SEED_ONLY=1 bash bench/run.sh 1000000)"; exit 1; }
JAR=target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    ./mvnw -B -q -Dstyle.color=never package -DskipTests
fi
COMMIT=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- . ':(exclude)bench/RESULTS.md')" ] || COMMIT="$COMMIT-dirty"

# As run.sh starts it with BENCH_CACHE=off: every request reads the database.
MASTHEAD_DELIVERY_CACHE_ENABLED=false \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
MASTHEAD_ADMIN_EMAIL=bench@masthead.test MASTHEAD_ADMIN_PASSWORD=bench-admin-password \
MASTHEAD_SITE_URL=https://news.example.com MASTHEAD_SITE_NAME="Bench News" \
MASTHEAD_DELIVERY_CURSOR_SECRET=bench-cursor-secret-not-for-production \
QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_CONSOLE_LEVEL=WARN \
    java $JAVA_OPTS -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true' EXIT
STARTED=$(date +%s)
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$SERVICE" 2>/dev/null || { echo "the service stopped"; tail -n 30 "$WORK/service.log"; exit 1; }
    [ $(( $(date +%s) - STARTED )) -lt "$START_SECONDS" ] || { echo "the service was not ready in $START_SECONDS s"; tail -n 30 "$WORK/service.log"; exit 1; }
    sleep 0.2
done
STARTUP_S=$(( $(date +%s) - STARTED ))
ARTICLES=$(psql_db -c "select articles from published_total where id = 1")
echo "== ready in $STARTUP_S s; $DB holds $ARTICLES published articles"

# The request lists: "label<TAB>path" a line.
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
: > "$WORK/search.tsv"
while IFS='|' read -r kind value matches; do
    tag=""; [[ "$kind" == tag:* ]] && tag=${kind#tag:}
    if [ "$STAND_IN" = 1 ]; then
        path="/api/v1/articles?tag=$(psql_db -c "select slug from tag order by md5(slug || '$value') limit 1")"
    else
        path="/api/v1/search?q=$(urlencode "$value")${tag:+&tag=$tag}"
    fi
    printf '%s: %s%s (%s matches)\t%s\n' "$kind" "$value" "${tag:+, tag=$tag}" "$matches" "$path" >> "$WORK/search.tsv"
done < <(psql_db -c "select kind, value, matches from bench_seed_example where kind not like 'related-%' and kind <> 'word-rank' order by position")
: > "$WORK/related.tsv"
while IFS='|' read -r kind slug; do
    if [ "$STAND_IN" = 1 ]; then path="/api/v1/articles/$slug"; else path="/api/v1/articles/$slug/related?limit=$RELATED_LIMIT"; fi
    printf '%s\t%s\n' "$kind" "$path" >> "$WORK/related.tsv"
done < <(psql_db -c "select kind, value from bench_seed_example where kind like 'related-%' order by kind desc, position")
[ -s "$WORK/search.tsv" ] && [ -s "$WORK/related.tsv" ] || { echo "no examples in bench_seed_example"; exit 1; }

# Every request once, with what it answered; anything but 2xx stops here, loudly.
: > "$WORK/probe.txt"
while IFS=$'\t' read -r label path; do
    answer=$(curl -s -o "$WORK/last-body" -w '%{http_code} %{size_download} %{time_total}' "http://127.0.0.1:$PORT$path")
    read -r code bytes seconds <<< "$answer"
    if [[ "$code" != 2?? ]]; then
        echo "== STOPPED: $path answered $code:" >&2; head -c 2000 "$WORK/last-body" >&2; echo >&2; exit 1
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" "$code" "$bytes" "$seconds" >> "$WORK/probe.txt"
done < <(cat "$WORK/search.tsv" "$WORK/related.tsv")
echo "== every request answered 2xx once ($(wc -l < "$WORK/probe.txt") requests)"

# A wrk script requesting the given paths in turn. Counts every non-2xx answer
# (wrk's own count lets 3xx pass) and prints exact figures from done().
lua_script() { # file of "label<TAB>path" lines, script
    {
        echo "local paths = {"
        cut -f2 "$1" | sed 's/.*/  "&",/'
        echo "}"
        cat <<'LUA'
local threads = {}
local i = 0
bad = 0 -- a global: done() reads it from each thread with thread:get
setup = function(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end
init = function(args)
    i = id % #paths
end
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
response = function(status, headers, body)
    if status < 200 or status > 299 then
        bad = bad + 1
    end
end
done = function(summary, latency, requests)
    local notok = 0
    for _, thread in ipairs(threads) do
        notok = notok + (thread:get("bad") or 0)
    end
    local e = summary.errors
    io.write(string.format("FIGURES %d %.1f %.3f %.3f %.3f %.3f %d %d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.connect + e.read + e.write + e.timeout, notok))
end
LUA
    } > "$2"
}
lua_script "$WORK/search.tsv" "$WORK/search.lua"
lua_script "$WORK/related.tsv" "$WORK/related.lua"

# One wrk run: connections, duration, script -> "requests req/s p50 p95 p99 max" (ms).
measure() {
    local out threads=$(( $1 < 2 ? $1 : 2 ))
    out=$(wrk -t"$threads" -c"$1" -d"$2" --timeout 10s -s "$3" "http://127.0.0.1:$PORT" 2>&1) \
        || { echo "$out" >&2; echo "== STOPPED: wrk failed" >&2; return 1; }
    echo "$out" | awk '
        $1 == "FIGURES" { f = $2 " " $3 " " $4 " " $5 " " $6 " " $7; errors = $8; bad = $9 }
        END {
            if (f == "") { print "no figures in wrk output" > "/dev/stderr"; exit 1 }
            if (errors > 0 || bad > 0) { print errors " socket errors, " bad " answers not 2xx" > "/dev/stderr"; exit 1 }
            print f
        }' || { echo "$out" >&2; echo "== STOPPED: wrk run with errors: -c$1 $3" >&2; return 1; }
}
fmt_ms() { awk -v v="$1" 'BEGIN { printf (v < 10 ? "%.2f ms" : "%.1f ms"), v }'; }

echo "== warm-up: $WARMUP search mix, $WARMUP related mix"
measure 2 "$WARMUP" "$WORK/search.lua" > /dev/null
measure 2 "$WARMUP" "$WORK/related.lua" > /dev/null

LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
MIX=""
for c in $CONNECTIONS_LIST; do
    for which in search related; do
        echo "== $which mix, $c connection(s), $DURATION" >&2
        figures=$(measure "$c" "$DURATION" "$WORK/$which.lua")
        read -r n rps p50 p95 p99 max <<< "$figures"
        if [ $which = search ]; then target="p95 <= 50 ms: $(awk -v v="$p95" 'BEGIN { print (v <= 50 ? "met" : "MISSED") }')"
        else target="p99 <= 20 ms: $(awk -v v="$p99" 'BEGIN { print (v <= 20 ? "met" : "MISSED") }')"; fi
        MIX+="| $which, $(wc -l < "$WORK/$which.tsv") rotating | $c | $n | $rps | $(fmt_ms "$p50") | $(fmt_ms "$p95") | $(fmt_ms "$p99") | $(fmt_ms "$max") | $target |"$'\n'
    done
done
ALONE=""
if [ "$PER_QUERY" != 0 ]; then
    # Each search alone, then the related requests in their two groups.
    while IFS=$'\t' read -r label path; do
        printf '%s\t%s\n' "$label" "$path" > "$WORK/one.tsv"
        lua_script "$WORK/one.tsv" "$WORK/one.lua"
        echo "== alone: $label" >&2
        figures=$(measure 1 "$PER_QUERY" "$WORK/one.lua")
        read -r n rps p50 p95 p99 max <<< "$figures"
        bytes=$(awk -F'\t' -v l="$label" '$1 == l { print $3; exit }' "$WORK/probe.txt")
        ALONE+="| search ${label//|/\\|} | $bytes | $rps | $(fmt_ms "$p50") | $(fmt_ms "$p95") | $(fmt_ms "$p99") |"$'\n'
    done < "$WORK/search.tsv"
    for group in related-niche related-broad; do
        grep -P "^$group\t" "$WORK/related.tsv" > "$WORK/one.tsv"
        lua_script "$WORK/one.tsv" "$WORK/one.lua"
        echo "== alone: $group" >&2
        figures=$(measure 1 "$PER_QUERY" "$WORK/one.lua")
        read -r n rps p50 p95 p99 max <<< "$figures"
        ALONE+="| $group, $(wc -l < "$WORK/one.tsv") rotating | - | $rps | $(fmt_ms "$p50") | $(fmt_ms "$p95") | $(fmt_ms "$p99") |"$'\n'
    done
fi
LOAD_AFTER=$(uptime | sed 's/.*load average: //')
RSS_MB=$(( $(awk '/VmRSS/ { print $2 }' "/proc/$SERVICE/status") / 1024 ))

TABLES="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), load $LOAD_BEFORE before the measured runs and $LOAD_AFTER after; PostgreSQL shared_buffers $(psql_db -c "show shared_buffers"); cache off; wrk threads min(2, connections), $WARMUP warm-up per mix once, then $DURATION per row. p95/p99 are wrk's exact percentiles. Every run: 0 socket errors, every answer 2xx. Related: \`?limit=$RELATED_LIMIT\`.

| requests | connections | requests done | req/s | p50 | p95 | p99 | max | target |
|---|---|---|---|---|---|---|---|---|
$MIX"
if [ -n "$ALONE" ]; then
    TABLES+="
Each alone at 1 connection, $PER_QUERY (matches: articles whose title or body holds the words before stemming, as Seed counted them; bytes: one answer):

| request | bytes | req/s | p50 | p95 | p99 |
|---|---|---|---|---|---|
$ALONE"
fi
TABLES+="
Startup to ready: $STARTUP_S s (a first start after a new migration includes it). RSS after the runs: $RSS_MB MiB. JVM: \`$JAVA_OPTS\`."
echo
echo "$TABLES"
if [ "$STAND_IN" = 1 ]; then
    echo "== stand-in run (BENCH_STAND_IN=1): not recorded"
    exit 0
fi
{
    echo
    echo "### $(date -u +%Y-%m-%dT%H:%MZ) — commit \`$COMMIT\` — $ARTICLES articles, cache off — search and related${NOTE:+ — $NOTE}"
    echo
    echo "$TABLES"
} >> bench/RESULTS.md
echo "== appended to bench/RESULTS.md"
