#!/usr/bin/env bash
# Masthead's Delivery read path under load, next to nginx serving the same
# bytes as static files, on this machine:
#   bash bench/run.sh [ARTICLES]      (default 10000; 100000 and 1000000 work too)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres); installs wrk and nginx
# from Debian if missing. Prints one table and appends it to bench/RESULTS.md.
# The database masthead_bench is kept and reused while it holds ARTICLES.
#
# Environment:
#   BENCH_CACHE=off          the response cache off: every request reads the database
#   BENCH_CONNECTIONS=32     wrk connections (BENCH_THREADS=2 threads); 1 for latency at low concurrency
#   BENCH_DURATION=15s       per endpoint
#   BENCH_JAVA_OPTS=...      the service's JVM options (default: the production ones below)
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES="${1:-10000}"
DB=masthead_bench
PORT=8091
NGINX_PORT=8092
DURATION="${BENCH_DURATION:-15s}"
CACHE="${BENCH_CACHE:-on}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
# What a replica runs with in production (k8s/base/deployment.yaml): a capped heap.
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx96m -Xss256k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=96m -XX:CICompilerCount=2}"
export MALLOC_ARENA_MAX=2
[ "$CACHE" = on ] || [ "$CACHE" = off ] || { echo "BENCH_CACHE is on or off"; exit 2; }
[ "$THREADS" -le "$CONNECTIONS" ] || THREADS=$CONNECTIONS
WORK=target/bench
mkdir -p "$WORK"

for tool in wrk nginx; do
    command -v "$tool" > /dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" > /dev/null; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -Dstyle.color=never package -DskipTests

start_service() {
    # shellcheck disable=SC2086
    MASTHEAD_DELIVERY_CACHE_ENABLED=$([ "$CACHE" = on ] && echo true || echo false) \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_CONSOLE_LEVEL=WARN \
        java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
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
        "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$ARTICLES" | tail -n 1
else
    echo "== reusing $DB with $ARTICLES articles"
fi

STARTED=$(date +%s%N)
start_service
STARTUP_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
finish() {
    kill "$SERVICE" 2>/dev/null || true
    [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap finish EXIT

echo "== the same bodies as static files for nginx"
STATIC="$WORK/static"
rm -rf "$STATIC" && mkdir -p "$STATIC/api/v1/articles" "$STATIC/api/v1/tags-pages"
psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select slug from article order by random() limit 1000" > "$WORK/slugs.txt"
psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select slug from tag order by slug" > "$WORK/tags.txt"
while read -r slug; do curl -sf "http://127.0.0.1:$PORT/api/v1/articles/$slug" -o "$STATIC/api/v1/articles/$slug"; done < "$WORK/slugs.txt"
while read -r tag; do curl -sf "http://127.0.0.1:$PORT/api/v1/articles?tag=$tag" -o "$STATIC/api/v1/tags-pages/$tag"; done < "$WORK/tags.txt"
curl -sf "http://127.0.0.1:$PORT/api/v1/articles" -o "$STATIC/api/v1/newest"
curl -sf "http://127.0.0.1:$PORT/api/v1/recent-posts" -o "$STATIC/api/v1/recent-posts"
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
    }
}
NGINX
nginx -c "$PWD/$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

lua_rotating() { # file of path suffixes -> a wrk script requesting them in turn
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
FIRST_SLUG=$(head -n 1 "$WORK/slugs.txt")
# A keyset page half-way down the whole archive, to compare with the first page.
DEEP=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select 'd:' || floor(extract(epoch from published_at))::bigint || ':'
    || (extract(microseconds from published_at)::bigint % 1000000) * 1000 || ':' || id from article
    where status = 'PUBLISHED' order by published_at desc, id desc offset $((ARTICLES / 2)) limit 1")
DEEP_CURSOR=$(printf '%s' "$DEEP" | base64 -w0 | tr '+/' '-_' | tr -d '=')
curl -sf "http://127.0.0.1:$PORT/api/v1/articles?cursor=" -o "$STATIC/api/v1/first-keyset"
curl -sf "http://127.0.0.1:$PORT/api/v1/articles?cursor=$DEEP_CURSOR" -o "$STATIC/api/v1/deep-keyset"
ETAG=$(curl -sI "http://127.0.0.1:$PORT/api/v1/articles/$FIRST_SLUG" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

measure() { # base name args... -> "rps p50 p99 errors"
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" 2>&1)
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/{print int($2)}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    errors=$(echo "$out" | awk '/Non-2xx|Socket errors/{gsub(/[^0-9 ]/," "); s=0; for(i=1;i<=NF;i++) s+=$i; t+=s} END{print t+0}')
    echo "$rps $p50 $p99 $errors"
}

echo "== warm-up"
wrk -t2 -c32 -d10s -s "$WORK/slug.lua" "http://127.0.0.1:$PORT" > /dev/null
wrk -t2 -c32 -d5s -s "$WORK/tag.lua" "http://127.0.0.1:$PORT" > /dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/api/v1/articles" > /dev/null

declare -A M N
M[a]=$(measure -s "$WORK/slug.lua" "http://127.0.0.1:$PORT");        N[a]=$(measure -s "$WORK/slug.lua" "http://127.0.0.1:$NGINX_PORT")
M[b]=$(measure "http://127.0.0.1:$PORT/api/v1/articles");             N[b]=$(measure "http://127.0.0.1:$NGINX_PORT/api/v1/articles")
M[c]=$(measure -s "$WORK/tag.lua" "http://127.0.0.1:$PORT");          N[c]=$(measure -s "$WORK/tag.lua" "http://127.0.0.1:$NGINX_PORT")
M[d]=$(measure "http://127.0.0.1:$PORT/api/v1/recent-posts");         N[d]=$(measure "http://127.0.0.1:$NGINX_PORT/api/v1/recent-posts")
M[e]=$(measure -H "If-None-Match: $ETAG" "http://127.0.0.1:$PORT/api/v1/articles/$FIRST_SLUG")
N[e]="- - - -"
M[f]=$(measure "http://127.0.0.1:$PORT/api/v1/articles?cursor=");       N[f]=$(measure "http://127.0.0.1:$NGINX_PORT/api/v1/articles?cursor=")
M[g]=$(measure "http://127.0.0.1:$PORT/api/v1/articles?cursor=$DEEP_CURSOR"); N[g]=$(measure "http://127.0.0.1:$NGINX_PORT/api/v1/articles?cursor=$DEEP_CURSOR")
RSS_MB=$(( $(ps -o rss= -p "$SERVICE") / 1024 ))

TABLE=$(
    echo "### $(date -u +%Y-%m-%dT%H:%MZ) — $ARTICLES articles, cache $CACHE, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
    echo
    echo "| endpoint | Masthead req/s | p50 | p99 | errors | nginx req/s | Masthead/nginx |"
    echo "|---|---|---|---|---|---|---|"
    for k in a b c d e f g; do
        read -r rps p50 p99 err <<< "${M[$k]}"
        read -r nrps _ _ _ <<< "${N[$k]}"
        case $k in
            a) name="(a) article by slug, 1,000 slugs";; b) name="(b) 20 newest";; c) name="(c) filtered by tag, rotating";;
            d) name="(d) recent posts";; e) name="(e) conditional GET (304)";;
            f) name="(f) first keyset page";; g) name="(g) keyset page half-way down";;
        esac
        ratio="-"; [ "$nrps" != "-" ] && [ "${nrps:-0}" -gt 0 ] && ratio=$(awk -v m="$rps" -v n="$nrps" 'BEGIN{printf "%.2f", m/n}')
        echo "| $name | $rps | $p50 | $p99 | $err | $nrps | $ratio |"
    done
    echo
    echo "Startup to ready: ${STARTUP_MS} ms. RSS after the run: ${RSS_MB} MiB. JVM: \`$JAVA_OPTS\`."
)
echo
echo "$TABLE"
[ -f bench/RESULTS.md ] || printf '# Benchmark results\n\nAppended by `bash bench/run.sh`; figures are from a shared, noisy machine: compare ratios within one run.\n' > bench/RESULTS.md
printf '\n%s\n' "$TABLE" >> bench/RESULTS.md
