#!/usr/bin/env bash
# The packaged jar on PostgreSQL, as an operator sees it. Every claim below is
# checked, not assumed:
#  1. the database goes away: a Delivery URL the cache held (a counted hit) is
#     dropped from the cache and answers 503 problem+json with Retry-After;
#     readiness is DOWN, liveness stays UP;
#  2. the database comes back: the service recovers by itself and the article
#     is read from the database again (a counted miss), and psql finds it there;
#  3. SIGTERM while an upload is half sent (the server's kernel has acked part
#     of the body, the client has not finished): the request completes with
#     201 after the signal, the process exits 0 and the article is in the
#     database; a fresh process serves both articles.
# PostgreSQL is stopped for a few seconds (the whole local cluster) and is
# started again on every exit path. Takes about 30-60 s.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8097
DB=masthead_ops
BASE="http://127.0.0.1:$PORT"
PG_VERSION="$(ls /etc/postgresql | sort -V | tail -n 1)"
LOG=target/operations-test.log
JAR_PID=""
CURL_PID=""
SLUG=survives-an-outage
HIT='cache_gets_total{cache="delivery",result="hit"}'
MISS='cache_gets_total{cache="delivery",result="miss"}'
SIZE='cache_size{cache="delivery"}'

fail() { echo "FAIL: $*"; echo "--- service log (tail)"; tail -n 40 "$LOG" || true; exit 1; }
pg() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main "$1"; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
# One sample from /q/metrics (Prometheus text); 0 when the series is absent.
metric() { curl -sf "$BASE/q/metrics" | awk -v name="$1" '$1 == name { value = $2 } END { printf "%d\n", value + 0 }'; }
now() { echo "$EPOCHREALTIME"; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

cleanup() {
    [ -n "$CURL_PID" ] && kill "$CURL_PID" 2>/dev/null || true
    [ -n "$JAR_PID" ] && kill "$JAR_PID" 2>/dev/null || true
    # Whatever failed, the shared PostgreSQL is left running.
    pg_ctlcluster "$PG_VERSION" main status > /dev/null 2>&1 || pg start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
    pg_isready -h 127.0.0.1 -q || echo "WARNING: PostgreSQL is not accepting connections"
}
trap cleanup EXIT

start_jar() {
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
    MASTHEAD_ADMIN_EMAIL=ops@masthead.test MASTHEAD_ADMIN_PASSWORD=operations-test-password \
    MASTHEAD_SITE_URL=https://news.example.com MASTHEAD_SITE_NAME="Operations Test News" \
    QUARKUS_HTTP_PORT=$PORT java -jar target/quarkus-app/quarkus-run.jar >> "$LOG" 2>&1 &
    JAR_PID=$!
    for _ in $(seq 1 60); do [ "$(status "$BASE/q/health/ready")" = 200 ] && return; sleep 1; done
    fail "the service did not become ready"
}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -Dstyle.color=never package -DskipTests
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB" -c "create database $DB"
: > "$LOG"
start_jar

TOKEN=$(curl -sf -X POST "$BASE/api/v1/admin/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"ops@masthead.test","password":"operations-test-password"}' | json "['token']")
ID=$(curl -sf -X POST "$BASE/api/v1/admin/articles" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"title":"Survives an outage","markdown":"Still here."}' | json "['data']['id']")
curl -sf -X POST "$BASE/api/v1/admin/articles/$ID/publish" -H "Authorization: Bearer $TOKEN" -o /dev/null

echo "== the article is cached"
[ "$(status "$BASE/api/v1/articles/$SLUG")" = 200 ] || fail "the article is not published"
HITS=$(metric "$HIT")
[ "$(status "$BASE/api/v1/articles/$SLUG")" = 200 ] || fail "the second read failed"
[ "$(metric "$HIT")" = $((HITS + 1)) ] || fail "the second read was not a cache hit ($HIT $HITS -> $(metric "$HIT"))"
[ "$(metric "$SIZE")" -ge 1 ] || fail "the cache holds nothing"
echo "second read answered from the cache (hits $HITS -> $((HITS + 1))), $(metric "$SIZE") response(s) held"

echo "== the database goes away"
BEGUN=$(now)
pg stop
STOPPED=$(now)
echo "PostgreSQL stopped ($(seconds "$BEGUN" "$STOPPED") s)"
# The content-log follower notices at its next poll (0.5 s) and empties the cache.
for _ in $(seq 1 100); do [ "$(metric "$SIZE")" = 0 ] && break; sleep 0.1; done
[ "$(metric "$SIZE")" = 0 ] || fail "the cache still holds $(metric "$SIZE") response(s) 10 s into the outage"
echo "cache emptied $(seconds "$STOPPED" "$(now)") s after PostgreSQL had stopped"
HITS=$(metric "$HIT")
MISSES=$(metric "$MISS")
HEADERS=$(mktemp)
BODY=$(curl -s -D "$HEADERS" "$BASE/api/v1/articles/$SLUG")
grep -q "^HTTP/1.1 503" "$HEADERS" || fail "the cached URL answered $(head -n 1 "$HEADERS") without a database, expected 503"
grep -qi "^Retry-After:" "$HEADERS" || fail "503 without Retry-After"
grep -qi "^Content-Type: application/problem+json" "$HEADERS" || fail "503 is not problem+json"
echo "$BODY" | grep -q '"code":"service-unavailable"' || fail "unexpected 503 body: $BODY"
[ "$(metric "$HIT")" = "$HITS" ] || fail "the 503 was counted as a cache hit"
[ "$(metric "$MISS")" = $((MISSES + 1)) ] || fail "the 503 was not counted as a cache miss"
[ "$(status "$BASE/api/v1/articles")" = 503 ] || fail "the article list should answer 503 too"
[ "$(status "$BASE/q/health/ready")" = 503 ] || fail "readiness should be DOWN without a database"
[ "$(status "$BASE/q/health/live")" = 200 ] || fail "liveness should stay UP"
echo "the cached URL answers 503 problem+json with Retry-After (a miss, not a hit); readiness DOWN, liveness UP"

echo "== the database comes back"
pg start
echo "PostgreSQL started ($(seconds "$STOPPED" "$(now)") s after it had stopped)"
for _ in $(seq 1 60); do [ "$(status "$BASE/q/health/ready")" = 200 ] && break; sleep 0.5; done
[ "$(status "$BASE/q/health/ready")" = 200 ] || fail "readiness did not come back UP"
echo "ready again $(seconds "$STOPPED" "$(now)") s after PostgreSQL had stopped, without a restart"
HITS=$(metric "$HIT")
MISSES=$(metric "$MISS")
TITLE=$(curl -sf "$BASE/api/v1/articles/$SLUG" | json "['data']['title']") || fail "the article is not served after recovery"
[ "$TITLE" = "Survives an outage" ] || fail "the data changed: $TITLE"
[ "$(metric "$HIT")" = "$HITS" ] && [ "$(metric "$MISS")" = $((MISSES + 1)) ] \
    || fail "the first read after recovery should be rendered from the database (a miss)"
ROW=$(sql "select title || '|' || status from article where slug = '$SLUG'")
[ "$ROW" = "Survives an outage|PUBLISHED" ] || fail "psql finds '$ROW' for $SLUG"
echo "read from the database again (a miss), and psql finds it: $ROW"

echo "== SIGTERM while an upload is half sent"
python3 -c "import json; print(json.dumps({'title': 'Sent slowly', 'markdown': 'word ' * 150000}))" > target/slow-body.json
BYTES=$(stat -c %s target/slow-body.json)
SENT_AT=$(now)
# About 3.8 s at 200 kB/s.
curl -s -o target/slow-response.json -w '%{http_code} %{size_upload} %{time_total}' --limit-rate 200k -X POST "$BASE/api/v1/admin/articles" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @target/slow-body.json \
    > target/slow-status.txt &
CURL_PID=$!
# Bytes of the request the server's kernel has acknowledged on curl's connection.
acked() {
    ss -tnpi state established "( dport = :$PORT )" 2>/dev/null \
        | awk -v pid="pid=$CURL_PID," 'index($0, pid) { mine = 1; next }
            mine { for (i = 1; i <= NF; i++) if ($i ~ /^bytes_acked:/) { split($i, kv, ":"); print kv[2]; exit } mine = 0 }'
}
ACKED=0
for _ in $(seq 1 100); do
    ACKED=$(acked); ACKED=${ACKED:-0}
    [ "$ACKED" -ge 250000 ] && break
    sleep 0.05
done
[ "$ACKED" -ge 250000 ] || fail "the upload did not get under way (bytes acked: $ACKED)"
kill -0 "$CURL_PID" 2>/dev/null && [ ! -s target/slow-status.txt ] || fail "the upload finished before the signal could be sent"
KILLED_AT=$(now)
kill -TERM "$JAR_PID"
echo "SIGTERM sent $(seconds "$SENT_AT" "$KILLED_AT") s after the upload began, with $ACKED of $BYTES bytes acked and curl still sending"
wait "$CURL_PID" || true
CURL_PID=""
set +e
wait "$JAR_PID"
EXIT=$?
set -e
JAR_PID=""
read -r CODE UPLOADED TOTAL < target/slow-status.txt || true
[ "$CODE" = 201 ] || fail "the in-flight request did not complete: ${CODE:-no answer}"
[ "$UPLOADED" = "$BYTES" ] || fail "curl sent $UPLOADED of $BYTES bytes"
# curl's clock starts after SENT_AT, so SENT_AT + its total is the earliest it can have finished.
AFTER=$(awk -v s="$SENT_AT" -v t="$TOTAL" -v k="$KILLED_AT" 'BEGIN { printf "%.2f", s + t - k }')
awk -v a="$AFTER" 'BEGIN { exit !(a > 0) }' || fail "the request finished before the signal ($AFTER s)"
[ "$EXIT" = 0 ] || fail "the service exited with $EXIT after SIGTERM"
LENGTH=$(sql "select length(markdown) from article where title = 'Sent slowly'")
[ "$LENGTH" = 750000 ] || fail "psql finds a markdown of length '${LENGTH}' for the slow article, expected 750000"
echo "the request completed with 201 at least $AFTER s after the signal, the service exited 0, psql finds the article"

echo "== a fresh process serves both from the database"
SLOW_ID=$(json "['data']['id']" < target/slow-response.json)
start_jar
[ "$(curl -sf "$BASE/api/v1/articles/$SLUG" | json "['data']['title']")" = "Survives an outage" ] || fail "not served after a restart"
# Tokens do not outlive the process that signed them (no fixed secret here).
TOKEN=$(curl -sf -X POST "$BASE/api/v1/admin/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"ops@masthead.test","password":"operations-test-password"}' | json "['token']")
LENGTH=$(curl -sf "$BASE/api/v1/admin/articles/$SLOW_ID" -H "Authorization: Bearer $TOKEN" | json "['data']['markdown'].__len__()") \
    || fail "the slow article (a draft) is not in the Management API after a restart"
[ "$LENGTH" = 750000 ] || fail "after a restart the slow article's markdown has length $LENGTH"
echo "after a restart: the published article on the Delivery API, the slow draft (750000 characters) on the Management API"
kill -TERM "$JAR_PID"; wait "$JAR_PID" || true; JAR_PID=""
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB"
echo "operations test passed in $SECONDS s"
