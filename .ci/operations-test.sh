#!/usr/bin/env bash
# The packaged jar on PostgreSQL, as an operator sees it:
#  1. the database goes away: API calls answer 503 problem+json with
#     Retry-After, readiness is DOWN, liveness stays UP; the database comes
#     back: the service recovers by itself and the data is intact;
#  2. SIGTERM during a slow request: the request completes, the process exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8097
DB=masthead_ops
BASE="http://127.0.0.1:$PORT"
PG_VERSION="$(ls /etc/postgresql | sort -V | tail -n 1)"
LOG=target/operations-test.log
JAR_PID=""

fail() { echo "FAIL: $*"; echo "--- service log (tail)"; tail -n 40 "$LOG" || true; exit 1; }
pg() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main "$1"; }
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

cleanup() {
    pg_isready -h 127.0.0.1 -q || pg start || true
    [ -n "$JAR_PID" ] && kill "$JAR_PID" 2>/dev/null || true
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -Dstyle.color=never package -DskipTests
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB" -c "create database $DB"

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
MASTHEAD_ADMIN_EMAIL=ops@masthead.test MASTHEAD_ADMIN_PASSWORD=operations-test-password \
QUARKUS_HTTP_PORT=$PORT java -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
JAR_PID=$!
for _ in $(seq 1 60); do [ "$(status "$BASE/q/health/ready")" = 200 ] && break; sleep 1; done
[ "$(status "$BASE/q/health/ready")" = 200 ] || fail "the service did not become ready"

TOKEN=$(curl -sf -X POST "$BASE/api/v1/admin/auth/token" -H 'Content-Type: application/json' \
    -d '{"email":"ops@masthead.test","password":"operations-test-password"}' | json "['token']")
ID=$(curl -sf -X POST "$BASE/api/v1/admin/articles" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"title":"Survives an outage","markdown":"Still here."}' | json "['data']['id']")
curl -sf -X POST "$BASE/api/v1/admin/articles/$ID/publish" -H "Authorization: Bearer $TOKEN" -o /dev/null
[ "$(status "$BASE/api/v1/articles/survives-an-outage")" = 200 ] || fail "the article is not published"

echo "== the database goes away"
pg stop
HEADERS=$(mktemp)
BODY=$(curl -s -D "$HEADERS" "$BASE/api/v1/articles")
grep -q "^HTTP/1.1 503" "$HEADERS" || fail "expected 503 without a database, got: $(head -n 1 "$HEADERS")"
grep -qi "^Retry-After:" "$HEADERS" || fail "503 without Retry-After"
grep -qi "^Content-Type: application/problem+json" "$HEADERS" || fail "503 is not problem+json"
echo "$BODY" | grep -q '"code":"service-unavailable"' || fail "unexpected 503 body: $BODY"
[ "$(status "$BASE/q/health/ready")" = 503 ] || fail "readiness should be DOWN without a database"
[ "$(status "$BASE/q/health/live")" = 200 ] || fail "liveness should stay UP"
echo "503 + Retry-After, readiness DOWN, liveness UP"

echo "== the database comes back"
pg start
for _ in $(seq 1 60); do [ "$(status "$BASE/api/v1/articles/survives-an-outage")" = 200 ] && break; sleep 1; done
[ "$(status "$BASE/api/v1/articles/survives-an-outage")" = 200 ] || fail "the service did not recover"
[ "$(status "$BASE/q/health/ready")" = 200 ] || fail "readiness should be UP again"
TITLE=$(curl -sf "$BASE/api/v1/articles/survives-an-outage" | json "['data']['title']")
[ "$TITLE" = "Survives an outage" ] || fail "the data changed: $TITLE"
echo "recovered without a restart, data intact"

echo "== SIGTERM during a slow request"
python3 -c "import json; print(json.dumps({'title': 'Sent slowly', 'markdown': 'word ' * 150000}))" > target/slow-body.json
curl -s -o /dev/null -w '%{http_code}' --limit-rate 200k -X POST "$BASE/api/v1/admin/articles" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @target/slow-body.json \
    > target/slow-status.txt &
CURL_PID=$!
sleep 1.5
kill -TERM "$JAR_PID"
wait "$CURL_PID" || true
set +e
wait "$JAR_PID"
EXIT=$?
set -e
JAR_PID=""
[ "$(cat target/slow-status.txt)" = 201 ] || fail "the in-flight request did not complete: $(cat target/slow-status.txt)"
[ "$EXIT" = 0 ] || fail "the service exited with $EXIT after SIGTERM"
echo "the in-flight request completed (201) and the service exited 0"
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB"
echo "operations test passed"
