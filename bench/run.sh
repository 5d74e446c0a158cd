#!/usr/bin/env bash
# Masthead's Delivery read path (JSON, feeds, sitemaps, delta sync) under load, next to nginx serving the same
# bytes as static files, on this machine:
#   bash bench/run.sh [ARTICLES]      (default 10000; 100000 and 1000000 work too)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres); installs wrk and nginx
# from Debian if missing; (re)builds the jar when src/ or pom.xml is newer.
# Prints the tables and appends them to bench/RESULTS.md, headed by the commit
# measured (with -dirty when the tree differs from it; RESULTS.md itself does
# not count). The database masthead_bench is kept and reused while it holds
# ARTICLES.
#
# Masthead and nginx are measured in alternating short runs, ROUNDS pairs per
# endpoint (which side goes first alternates too), so both see the same
# background load; the table gives medians, and the Masthead/nginx ratio is
# the median of the per-pair ratios. Then, with the cache on, a mixed read
# load runs once alone and once beside a writer editing articles at a steady
# rate, with the cache's hit ratio from /q/metrics. Any socket error or
# non-2xx/3xx answer stops the run: nothing is recorded.
#
# Environment:
#   BENCH_CACHE=off          the response cache off: every request reads the database (no write run)
#   BENCH_CONNECTIONS=32     wrk connections (BENCH_THREADS=2 threads); 1 for latency at low concurrency
#   BENCH_ROUNDS=5           Masthead/nginx pairs per endpoint
#   BENCH_ROUND=5s           each side of a pair
#   BENCH_WARMUP=5s          each of three warm-up runs
#   BENCH_MIXED=on           off skips the mixed read runs (alone and beside writes): the endpoint table only
#   BENCH_WRITE_RATE=8       writes per second (at least 1) beside the mixed reads
#   BENCH_WRITE_SECONDS=20   the mixed read runs, alone and with writes
#   BENCH_NOTE=...           added to the heading (e.g. "short validation run")
#   BENCH_JAVA_OPTS=...      the service's JVM options (default: the production ones below)
#   BENCH_DB=masthead_bench  the database (created, migrated and seeded when it does not hold ARTICLES)
#   BENCH_SEED_ONLY=1        stop once the database holds ARTICLES (no wrk or nginx needed)
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

ARTICLES="${1:-10000}"
DB="${BENCH_DB:-masthead_bench}"
PORT=8091
NGINX_PORT=8092
CACHE="${BENCH_CACHE:-on}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
ROUNDS="${BENCH_ROUNDS:-5}"
ROUND="${BENCH_ROUND:-5s}"
WARMUP="${BENCH_WARMUP:-5s}"
MIXED="${BENCH_MIXED:-on}"
WRITE_RATE="${BENCH_WRITE_RATE:-8}"
WRITE_SECONDS="${BENCH_WRITE_SECONDS:-20}"
NOTE="${BENCH_NOTE:-}"
# What a replica runs with in production (k8s/base/deployment.yaml): a capped heap.
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx96m -Xss256k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=96m -XX:CICompilerCount=2}"
ADMIN_EMAIL=bench@masthead.test
ADMIN_PASSWORD=bench-admin-password
# Known to the script so it can seal a cursor half-way down the archive (see DEEP below).
CURSOR_SECRET=bench-cursor-secret-not-for-production
export MALLOC_ARENA_MAX=2
[ "$CACHE" = on ] || [ "$CACHE" = off ] || { echo "BENCH_CACHE is on or off"; exit 2; }
[ "$WRITE_RATE" -ge 1 ] || { echo "BENCH_WRITE_RATE is a whole number of writes per second, at least 1"; exit 2; }
[ "$THREADS" -le "$CONNECTIONS" ] || THREADS=$CONNECTIONS
WORK=target/bench
mkdir -p "$WORK"

SEED_ONLY="${BENCH_SEED_ONLY:-0}"
for tool in $([ "$SEED_ONLY" = 1 ] || echo wrk nginx); do
    command -v "$tool" > /dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" > /dev/null; }
done
JAR=target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    ./mvnw -B -q -Dstyle.color=never package -DskipTests
fi
COMMIT=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- . ':(exclude)bench/RESULTS.md')" ] || COMMIT="$COMMIT-dirty"

start_service() {
    # shellcheck disable=SC2086
    MASTHEAD_DELIVERY_CACHE_ENABLED=$([ "$CACHE" = on ] && echo true || echo false) \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    MASTHEAD_ADMIN_EMAIL=$ADMIN_EMAIL MASTHEAD_ADMIN_PASSWORD=$ADMIN_PASSWORD MASTHEAD_AUTH_REQUESTS_PER_MINUTE=100000 \
    MASTHEAD_SITE_URL=https://news.example.com MASTHEAD_SITE_NAME="Bench News" \
    MASTHEAD_DELIVERY_CURSOR_SECRET=$CURSOR_SECRET \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_CONSOLE_LEVEL=WARN \
        java $JAVA_OPTS -jar "$JAR" > "$WORK/service.log" 2>&1 &
    SERVICE=$!
    for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && return; sleep 0.05; done
    echo "the service did not start"; tail -n 20 "$WORK/service.log"; exit 1
}
HELD=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select count(*) from article" 2>/dev/null || echo 0)
if [ "$HELD" != "$ARTICLES" ]; then
    echo "== database with $ARTICLES articles"
    psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB" -c "create database $DB"
    start_service  # migrates the schema
    kill "$SERVICE"; wait "$SERVICE" || true
    java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/Seed.java \
        "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$ARTICLES" | sed -u -n -e '/^[0-9]*00000 articles/p' -e '/^== /,$p'
else
    echo "== reusing $DB with $ARTICLES articles"
fi
[ "$SEED_ONLY" != 1 ] || exit 0

STARTED=$(date +%s%N)
start_service
STARTUP_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
finish() {
    [ -n "${WRITER:-}" ] && kill "$WRITER" 2>/dev/null || true
    kill "$SERVICE" 2>/dev/null || true
    [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap finish EXIT

# Feeds and sitemaps built from a cold cache: the first request (cold JVM), then
# again after an edit dropped the cache (warm JVM). The index names the last
# article chunk; its address is on the site, the path is what this service serves.
cold_ms() { curl -sf -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$1" | awk '{ printf "%.0f", $1 * 1000 }'; }
INDEX_COLD=$(cold_ms /sitemap.xml)
LAST_CHUNK=$(curl -sf "http://127.0.0.1:$PORT/sitemap.xml" | grep -o '/sitemaps/articles-[0-9]*\.xml' | sort -t- -k2 -n | tail -n 1)
[ -n "$LAST_CHUNK" ] || { echo "the sitemap index names no article chunk"; exit 1; }
CHUNK_COLD=$(cold_ms "$LAST_CHUNK")
FEED_COLD=$(cold_ms /feeds/rss.xml)

echo "== the same bodies as static files for nginx"
STATIC="$WORK/static"
rm -rf "$STATIC" && mkdir -p "$STATIC/api/v1/articles" "$STATIC/api/v1/tags-pages"
psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select id || ' ' || slug from article order by random() limit 1000" > "$WORK/articles.txt"
cut -d' ' -f2 "$WORK/articles.txt" > "$WORK/slugs.txt"
# The Management API, for the write run: an admin token, an article's version, one edit.
# The admin is the one this script names; a database seeded elsewhere may hold another (then: delete from account).
TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/admin/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')
version_of() {
    curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/admin/articles/$1" \
        | grep -o '"version":[0-9]*' | tail -n 1 | cut -d: -f2
}
edit() { # id, version, text -> "status seconds"
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X PATCH "http://127.0.0.1:$PORT/api/v1/admin/articles/$1" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/merge-patch+json' \
        -d "{\"version\":$2,\"excerpt\":\"Edited by the benchmark, $3.\"}"
}
if [ "$CACHE" = on ]; then
    # The write path's first requests are slow (class loading, JIT); not in the measured window.
    for id in $(head -n 10 "$WORK/articles.txt" | cut -d' ' -f1); do
        read -r code _ <<< "$(edit "$id" "$(version_of "$id")" warm-up)"
        [ "$code" = 200 ] || { echo "a warm-up edit answered $code"; exit 1; }
    done
fi
# The edits above dropped every cached feed and sitemap; the JVM has now built each once.
INDEX_WARM=$(cold_ms /sitemap.xml)
CHUNK_WARM=$(cold_ms "$LAST_CHUNK")
FEED_WARM=$(cold_ms /feeds/rss.xml)
psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select slug from tag order by slug" > "$WORK/tags.txt"
while read -r slug; do curl -sf "http://127.0.0.1:$PORT/api/v1/articles/$slug" -o "$STATIC/api/v1/articles/$slug"; done < "$WORK/slugs.txt"
while read -r tag; do curl -sf "http://127.0.0.1:$PORT/api/v1/articles?tag=$tag" -o "$STATIC/api/v1/tags-pages/$tag"; done < "$WORK/tags.txt"
curl -sf "http://127.0.0.1:$PORT/api/v1/articles" -o "$STATIC/api/v1/newest"
curl -sf "http://127.0.0.1:$PORT/api/v1/recent-posts" -o "$STATIC/api/v1/recent-posts"
mkdir -p "$STATIC/feeds" "$STATIC/sitemaps"
for feed in rss.xml atom.xml feed.json; do curl -sf "http://127.0.0.1:$PORT/feeds/$feed" -o "$STATIC/feeds/$feed"; done
curl -sf "http://127.0.0.1:$PORT$LAST_CHUNK" -o "$STATIC$LAST_CHUNK"
curl -sf "http://127.0.0.1:$PORT/sitemap.xml" -o "$STATIC/sitemap.xml"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $PWD/$WORK/nginx.pid;
error_log $PWD/$WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $PWD/$STATIC;
        location = /api/v1/articles {
            if (\$arg_tag) { rewrite ^ /api/v1/tags-pages/\$arg_tag last; }
            if (\$arg_cursor) { rewrite ^ /api/v1/deep-keyset last; }
            if (\$args = "cursor=") { rewrite ^ /api/v1/first-keyset last; }
            rewrite ^ /api/v1/newest last;
        }
        # The media types Masthead sends, so both sides send the same headers' worth.
        location = /feeds/rss.xml { types { } default_type "application/rss+xml; charset=utf-8"; }
        location = /feeds/atom.xml { types { } default_type "application/atom+xml; charset=utf-8"; }
        location = /feeds/feed.json { types { } default_type "application/feed+json; charset=utf-8"; }
        location /sitemaps/ { types { } default_type "application/xml; charset=utf-8"; }
        location = /sitemap.xml { types { } default_type "application/xml; charset=utf-8"; }
    }
}
NGINX
nginx -c "$PWD/$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

lua_rotating() { # prefix, file of path suffixes, script -> a wrk script requesting them in turn
    {
        echo "local paths = {"
        while read -r line; do echo "  \"$1$line\","; done < "$2"
        echo "}"
        echo "local i = 0"
        echo "request = function() i = i % #paths + 1; return wrk.format('GET', paths[i]) end"
    } > "$3"
}
lua_rotating "/api/v1/articles/" "$WORK/slugs.txt" "$WORK/slug.lua"
lua_rotating "/api/v1/articles?tag=" "$WORK/tags.txt" "$WORK/tag.lua"
# The lists spread evenly among the article pages, so they come up all through a run.
{
    sed 's|^|/api/v1/articles?tag=|' "$WORK/tags.txt"
    echo /api/v1/articles
    echo /api/v1/recent-posts
} > "$WORK/lists.txt"
sed 's|^|/api/v1/articles/|' "$WORK/slugs.txt" | awk -v step=$(( $(wc -l < "$WORK/slugs.txt") / $(wc -l < "$WORK/lists.txt") )) '
    NR == FNR { lists[++n] = $0; next }
    { print; if (FNR % step == 0 && j < n) print lists[++j] }
    END { while (j < n) print lists[++j] }' "$WORK/lists.txt" - > "$WORK/mixed.txt"
lua_rotating "" "$WORK/mixed.txt" "$WORK/mixed.lua"
FIRST_SLUG=$(head -n 1 "$WORK/slugs.txt")
# A keyset page half-way down the whole archive, to compare with the first page.
DEEP=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select 'd:' || floor(extract(epoch from published_at))::bigint || ':'
    || (extract(microseconds from published_at)::bigint % 1000000) * 1000 || ':' || id from article
    where status = 'PUBLISHED' order by published_at desc, id desc offset $((ARTICLES / 2)) limit 1")
# Sealed as delivery/CursorSeal does: HMAC-SHA256 under a key derived from the secret, 16 bytes, base64url.
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
SEAL_KEY=$(printf '%s' "masthead paging cursor v1" | openssl dgst -sha256 -mac HMAC -macopt key:"$CURSOR_SECRET" -binary | xxd -p -c 256)
seal_cursor() { printf '%s.%s' "$(printf '%s' "$1" | b64url)" "$(printf '%s' "$1" | openssl dgst -sha256 -mac HMAC -macopt hexkey:"$SEAL_KEY" -binary | head -c 16 | b64url)"; }
DEEP_CURSOR=$(seal_cursor "$DEEP")
curl -sf "http://127.0.0.1:$PORT/api/v1/articles?cursor=" -o "$STATIC/api/v1/first-keyset"
curl -sf "http://127.0.0.1:$PORT/api/v1/articles?cursor=$DEEP_CURSOR" -o "$STATIC/api/v1/deep-keyset"
ETAG=$(curl -sI "http://127.0.0.1:$PORT/api/v1/articles/$FIRST_SLUG" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

# One wrk run: duration, wrk arguments -> "req/s p50-ms p99-ms". Stops the
# whole benchmark, showing wrk's output, on a socket error (connect, read,
# write, timeout) or a non-2xx/3xx answer.
measure() {
    local duration=$1 out
    shift
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@" 2>&1) || { echo "$out" >&2; echo "wrk failed: $*" >&2; return 1; }
    echo "$out" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        /Requests\/sec:/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /Socket errors:/ { for (i = 3; i <= NF; i += 2) { n = $(i + 1); sub(/,$/, "", n); errors += n } }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        END {
            if (rps == "" || p99 == "") { print "no figures in wrk output" > "/dev/stderr"; exit 1 }
            if (errors > 0) { print errors " errors" > "/dev/stderr"; exit 1 }
            printf "%.0f %.3f %.3f\n", rps, p50, p99
        }' || { echo "$out" >&2; echo "== STOPPED: wrk run with errors: $*" >&2; return 1; }
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v c="$1" '{ print $c }'; }
fmt_ms() { awk -v v="$1" 'BEGIN { printf (v < 10 ? "%.2f ms" : "%.1f ms"), v }'; }

echo "== warm-up"
measure "$WARMUP" -s "$WORK/slug.lua" "http://127.0.0.1:$PORT" > /dev/null
measure "$WARMUP" -s "$WORK/tag.lua" "http://127.0.0.1:$PORT" > /dev/null
measure "$WARMUP" "http://127.0.0.1:$PORT/api/v1/articles" > /dev/null

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=""
# name, then wrk arguments with @SERVER@ where the server goes; "masthead-only" first for no nginx side.
endpoint() {
    local only=no name m n ratios r first
    [ "$1" = masthead-only ] && { only=yes; shift; }
    name=$1; shift
    echo "== $name: $ROUNDS × ($ROUND Masthead$([ $only = no ] && echo ", $ROUND nginx"))" >&2
    : > "$WORK/pairs.txt"
    for r in $(seq 1 "$ROUNDS"); do
        if [ $only = yes ]; then
            m=$(measure "$ROUND" "${@//@SERVER@/http://127.0.0.1:$PORT}"); echo "$m - - -" >> "$WORK/pairs.txt"
        elif [ $((r % 2)) = 1 ]; then
            m=$(measure "$ROUND" "${@//@SERVER@/http://127.0.0.1:$PORT}"); n=$(measure "$ROUND" "${@//@SERVER@/http://127.0.0.1:$NGINX_PORT}")
            echo "$m $n" >> "$WORK/pairs.txt"
        else
            n=$(measure "$ROUND" "${@//@SERVER@/http://127.0.0.1:$NGINX_PORT}"); m=$(measure "$ROUND" "${@//@SERVER@/http://127.0.0.1:$PORT}")
            echo "$m $n" >> "$WORK/pairs.txt"
        fi
    done
    local rps p50 p99 nrps np99 ratio="-"
    rps=$(column_of 1 < "$WORK/pairs.txt" | median)
    p50=$(fmt_ms "$(column_of 2 < "$WORK/pairs.txt" | median)")
    p99=$(fmt_ms "$(column_of 3 < "$WORK/pairs.txt" | median)")
    nrps="-"; np99="-"
    if [ $only = no ]; then
        nrps=$(column_of 4 < "$WORK/pairs.txt" | median)
        np99=$(fmt_ms "$(column_of 6 < "$WORK/pairs.txt" | median)")
        ratios=$(awk '{ printf "%.3f\n", $1 / $4 }' "$WORK/pairs.txt")
        ratio=$(awk -v m="$(echo "$ratios" | median)" -v lo="$(echo "$ratios" | sort -g | head -n 1)" \
            -v hi="$(echo "$ratios" | sort -g | tail -n 1)" 'BEGIN { printf "%.2f (%.2f-%.2f)", m, lo, hi }')
    fi
    ROWS+="| $name | $rps | $p50 | $p99 | $nrps | $np99 | $ratio |"$'\n'
}
endpoint "(a) article by slug, 1,000 slugs" -s "$WORK/slug.lua" @SERVER@
endpoint "(b) 20 newest" @SERVER@/api/v1/articles
endpoint "(c) filtered by tag, rotating" -s "$WORK/tag.lua" @SERVER@
endpoint "(d) recent posts" @SERVER@/api/v1/recent-posts
endpoint masthead-only "(e) conditional GET (304)" -H "If-None-Match: $ETAG" "@SERVER@/api/v1/articles/$FIRST_SLUG"
endpoint "(f) first keyset page" "@SERVER@/api/v1/articles?cursor="
endpoint "(g) keyset page half-way down" "@SERVER@/api/v1/articles?cursor=$DEEP_CURSOR"
endpoint "(h) RSS feed of the site" @SERVER@/feeds/rss.xml
endpoint "(i) Atom feed of the site" @SERVER@/feeds/atom.xml
endpoint "(j) JSON Feed of the site" @SERVER@/feeds/feed.json
endpoint "(k) last article sitemap chunk" "@SERVER@$LAST_CHUNK"
endpoint "(l) sitemap index" @SERVER@/sitemap.xml

# Delta sync (sync/SyncCursor): an initial page from the start and one half-way
# through the articles' id order, then a delta of 1,000 edits. Cursors are
# sealed here as SyncCursor does; "d:<seq>" is every change after log position seq.
LOG_HEAD=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select seq from content_event_head where id = 1")
MIDDLE_ID=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select id from article where status = 'PUBLISHED'
    order by id offset $((ARTICLES / 2)) limit 1")
SYNC_MIDDLE=$(seal_cursor "i:$LOG_HEAD:ARTICLE:$MIDDLE_ID:article,tag,author")
SYNC_FROM=$(seal_cursor "d:$LOG_HEAD:article,tag,author")
echo "== 1,000 edits after a sync cursor" >&2
EDITED=$(while read -r id _; do echo "$id $(version_of "$id")"; done < "$WORK/articles.txt" \
    | xargs -P 4 -n 2 bash -c "$(declare -f edit); TOKEN=$TOKEN PORT=$PORT; edit \$0 \$1 sync" | awk '$1 == 200' | wc -l)
[ "$EDITED" = "$(wc -l < "$WORK/articles.txt")" ] || { echo "== STOPPED: only $EDITED sync edits answered 200" >&2; exit 1; }
sync_walk() { # cursor -> "pages items ms": follows nextPageCursor until nextSyncCursor
    local cursor=$1 pages=0 items=0 start body
    start=$(date +%s%N)
    while :; do
        body=$(curl -sf "http://127.0.0.1:$PORT/api/v1/sync?limit=500&cursor=$cursor")
        pages=$((pages + 1))
        read -r n cursor <<< "$(printf '%s' "$body" | python3 -c 'import sys, json
page = json.load(sys.stdin); print(len(page["items"]), page.get("nextPageCursor") or "")')"
        items=$((items + n))
        [ -n "$cursor" ] || break
    done
    echo "$pages $items $(( ($(date +%s%N) - start) / 1000000 ))"
}
read -r DELTA_PAGES DELTA_ITEMS DELTA_MS <<< "$(sync_walk "$SYNC_FROM")"
# A sync page is ~1.7 MB built on every request: at 32 connections one takes longer than wrk's default 2 s timeout.
endpoint masthead-only "(m) initial sync, first page (100 articles)" --timeout 20s "@SERVER@/api/v1/sync?limit=100"
endpoint masthead-only "(n) initial sync, a page half-way (100 articles)" --timeout 20s "@SERVER@/api/v1/sync?limit=100&cursor=$SYNC_MIDDLE"
endpoint masthead-only "(o) delta of 1,000 edits, first page (up to 500 articles)" --timeout 20s "@SERVER@/api/v1/sync?limit=500&cursor=$SYNC_FROM"

# Edits the articles being read, WRITE_RATE a second for WRITE_SECONDS, on a
# fixed schedule whatever the answers take (open loop: a slow write does not
# delay the next). The 100 articles are edited in turn, so each one's next
# version is known. Prints "status seconds" per write.
writer() {
    local ids=() versions=() interval start end n=0 due pause i
    mapfile -t ids < <(head -n 100 "$WORK/articles.txt" | cut -d' ' -f1)
    for i in "${!ids[@]}"; do versions[i]=$(version_of "${ids[i]}"); done
    interval=$((1000000 / WRITE_RATE))
    echo ready > "$WORK/writer.ready"
    start=${EPOCHREALTIME/./}
    end=$((start + WRITE_SECONDS * 1000000))
    while due=$((start + n * interval)); [ "$due" -lt "$end" ]; do
        pause=$((due - ${EPOCHREALTIME/./}))
        [ "$pause" -le 0 ] || sleep "$(printf '%d.%06d' $((pause / 1000000)) $((pause % 1000000)))"
        i=$((n % ${#ids[@]}))
        edit "${ids[i]}" $((versions[i] + n / ${#ids[@]})) "write $n" &
        n=$((n + 1))
    done
    wait
}
cache_gets() { curl -sf "http://127.0.0.1:$PORT/q/metrics" | awk -v r="$1" '$1 == "cache_gets_total{cache=\"delivery\",result=\"" r "\"}" { printf "%d\n", $2 }'; }
mixed_reads() { # label, write rate shown -> a row; the writer (if any) runs meanwhile
    local hits misses out rps p50 p99 dh dm
    hits=$(cache_gets hit); misses=$(cache_gets miss)
    out=$(measure "${WRITE_SECONDS}s" -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT")
    read -r rps p50 p99 <<< "$out"
    dh=$(( $(cache_gets hit) - hits )); dm=$(( $(cache_gets miss) - misses ))
    echo "$1|$rps|$(fmt_ms "$p50")|$(fmt_ms "$p99")|$(awk -v h="$dh" -v m="$dm" 'BEGIN { printf "%.2f%%", 100 * h / (h + m) }') ($dh / $dm)"
}
WRITES=""
if [ "$CACHE" = on ] && [ "$MIXED" = on ]; then
    echo "== mixed reads, ${WRITE_SECONDS}s alone, then ${WRITE_SECONDS}s beside $WRITE_RATE writes/s" >&2
    ALONE=$(mixed_reads none)
    rm -f "$WORK/writer.ready" "$WORK/writes.txt"
    writer >> "$WORK/writes.txt" &
    WRITER=$!
    for _ in $(seq 1 600); do [ -f "$WORK/writer.ready" ] && break; sleep 0.05; done
    [ -f "$WORK/writer.ready" ] || { echo "the writer did not start"; exit 1; }
    BESIDE=$(mixed_reads with)
    wait "$WRITER"; WRITER=""
    DONE=$(wc -l < "$WORK/writes.txt")
    FAILED=$(awk '$1 != 200' "$WORK/writes.txt" | wc -l)
    [ "$FAILED" = 0 ] || { sort "$WORK/writes.txt" | uniq -c | sort -rn | head >&2; echo "== STOPPED: $FAILED of $DONE writes failed" >&2; exit 1; }
    WRITE_P50=$(awk '{ print $2 * 1000 }' "$WORK/writes.txt" | median)
    WRITE_P99=$(awk '{ print $2 * 1000 }' "$WORK/writes.txt" | sort -g | awk '{ v[NR] = $1 } END { print v[int(NR * 0.99 + 0.999)] }')
    ACHIEVED=$(awk -v n="$DONE" -v s="$WRITE_SECONDS" 'BEGIN { printf "%.1f", n / s }')
    IFS='|' read -r _ arps ap50 ap99 ahit <<< "$ALONE"
    IFS='|' read -r _ wrps wp50 wp99 whit <<< "$BESIDE"
    WRITES=$(
        echo "| writes | read req/s | read p50 | read p99 | cache hit ratio (hits / misses) | write p50 | write p99 |"
        echo "|---|---|---|---|---|---|---|"
        echo "| none | $arps | $ap50 | $ap99 | $ahit | - | - |"
        echo "| $ACHIEVED/s sent ($DONE in ${WRITE_SECONDS} s, target $WRITE_RATE/s; all answered 200) | $wrps | $wp50 | $wp99 | $whit | $(fmt_ms "$WRITE_P50") | $(fmt_ms "$WRITE_P99") |"
    )
fi
RSS_MB=$(( $(ps -o rss= -p "$SERVICE") / 1024 ))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

TABLE=$(
    echo "### $(date -u +%Y-%m-%dT%H:%MZ) — commit \`$COMMIT\` — $ARTICLES articles, cache $CACHE${NOTE:+ — $NOTE}"
    echo
    echo "$(nproc) cores, load $LOAD_BEFORE before the measured runs and $LOAD_AFTER after; wrk -t$THREADS -c$CONNECTIONS;" \
        "$ROUNDS × ($ROUND Masthead, $ROUND nginx) per endpoint, alternating. Medians of the $ROUNDS runs;" \
        "Masthead/nginx is the median of the per-pair ratios (lowest-highest). Every run: 0 socket errors, 0 non-2xx/3xx."
    echo
    echo "| endpoint | Masthead req/s | p50 | p99 | nginx req/s | nginx p99 | Masthead/nginx |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s' "$ROWS"
    if [ -n "$WRITES" ]; then
        echo
        echo "Mixed reads (1,000 article pages with $(wc -l < "$WORK/tags.txt") tag pages, newest and recent posts spread evenly among them, in turn), ${WRITE_SECONDS} s alone," \
            "then ${WRITE_SECONDS} s while a client edits (merge-patches the excerpt of) 100 of the articles being read, in turn, on a fixed schedule (open loop: writes overlap when they are slow);" \
            "hits and misses are the change in \`cache_gets_total{cache=\"delivery\"}\` over each run."
        echo
        echo "$WRITES"
    fi
    echo
    echo "Built from a cold cache (one curl each; first with a cold JVM, then after edits dropped the cache):" \
        "sitemap index ${INDEX_COLD} / ${INDEX_WARM} ms, \`$LAST_CHUNK\` ($(stat -c %s "$STATIC$LAST_CHUNK") bytes)" \
        "${CHUNK_COLD} / ${CHUNK_WARM} ms, \`/feeds/rss.xml\` ($(stat -c %s "$STATIC/feeds/rss.xml") bytes) ${FEED_COLD} / ${FEED_WARM} ms."
    echo
    echo "Delta sync after 1,000 edits (one client, limit 500, following nextPageCursor): $DELTA_ITEMS items in" \
        "$DELTA_PAGES pages, ${DELTA_MS} ms in all."
    echo
    echo "Startup to ready: ${STARTUP_MS} ms. RSS after the run: ${RSS_MB} MiB. JVM: \`$JAVA_OPTS\`."
)
echo
echo "$TABLE"
[ -f bench/RESULTS.md ] || printf '# Benchmark results\n\nAppended by `bash bench/run.sh`; figures are from a shared, noisy machine.\n' > bench/RESULTS.md
printf '\n%s\n' "$TABLE" >> bench/RESULTS.md
