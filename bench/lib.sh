# Shared helpers of the benchmark scripts: a private PostgreSQL cluster, the app in Release /
# Production mode against it, and wrk runs summarised as one table row each. Source it, don't run it.
# Everything listens on 127.0.0.1 only.

BENCH_DIR="${BENCH_DIR:-/var/tmp/club-bench}"
PG_PORT="${PG_PORT:-55433}"
APP_PORT="${APP_PORT:-5180}"
APP_URL="http://127.0.0.1:$APP_PORT"
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=club;Username=postgres;Maximum Pool Size=64"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bench_start_cluster() {
    local bin; bin="$(pg_bin)"
    mkdir -p "$BENCH_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$BENCH_DIR"
    if [ ! -f "$BENCH_DIR/pg/PG_VERSION" ]; then
        as_postgres "$bin/initdb" -D "$BENCH_DIR/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fi
    as_postgres "$bin/pg_ctl" -D "$BENCH_DIR/pg" status >/dev/null 2>&1 || as_postgres "$bin/pg_ctl" -D "$BENCH_DIR/pg" -l "$BENCH_DIR/pg.log" -w \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $BENCH_DIR -c shared_buffers=256MB -c max_connections=200" start >/dev/null
    "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'club'" | grep -q 1 \
        || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres club
}

# The whole seeded club every benchmark shares: 20,000 members, 50,000 practices, 100,000 ideas,
# about 1,000,000 votes, 1,000 companies, 20,000 opportunities, and the members' network (contacts, follows from 0 to 300
# per member, about 2,000,000 lines of activity over two years), and 200,000 conversations holding about 2,000,000
# messages (the bench member's longest has 1,000), and 20,000 events with about 200,000 registrations. bench_seed [SEED ARGUMENTS] keeps the
# database when it holds the seed wanted (the tools' seeder records its version and the size it wrote, so
# a seeder that learnt something new is never silently missing), and otherwise seeds a new database.
BENCH_MEMBERS=20000 BENCH_PRACTICES=50000 BENCH_IDEAS=100000 BENCH_VOTES=1000000 BENCH_COMPANIES=1000 BENCH_OPPORTUNITIES=20000 BENCH_ACTIVITIES=2000000
BENCH_CONVERSATIONS=200000 BENCH_MESSAGES=2000000 BENCH_EVENTS=20000
bench_seed() {
    local size=("$@")
    [ ${#size[@]} -gt 0 ] || size=(--members "$BENCH_MEMBERS" --practices "$BENCH_PRACTICES" --ideas "$BENCH_IDEAS" --votes "$BENCH_VOTES" \
        --companies "$BENCH_COMPANIES" --opportunities "$BENCH_OPPORTUNITIES" --activities "$BENCH_ACTIVITIES" \
        --conversations "$BENCH_CONVERSATIONS" --messages "$BENCH_MESSAGES" --events "$BENCH_EVENTS")
    ( cd "$ROOT" && dotnet build -c Release tools/ClubMediaSociali.Tools >/dev/null )
    bench_tool seed --check "${size[@]}" && return 0
    echo "== seeding a new database: ${size[*]}"
    bench_psql -d postgres -c "DROP DATABASE IF EXISTS club WITH (FORCE)" && bench_psql -d postgres -c "CREATE DATABASE club"
    local start; start=$(date +%s)
    bench_tool seed "${size[@]}"
    echo "seeded in $(( $(date +%s) - start )) s"
}

# bench_tool COMMAND...: the tools program (tools/ClubMediaSociali.Tools, built in Release) against the bench database.
bench_tool() {
    ( cd "$ROOT" && ConnectionStrings__Club="$CONNECTION" dotnet run -c Release --no-build --no-launch-profile --project tools/ClubMediaSociali.Tools -- "$@" )
}

BENCH_PASSWORD="girasole arancione sul tetto" # every seeded member's (DemoContentSeeder.DemoPassword)

# bench_sign_in EMAIL JAR: signs a member in with the demo password, keeping the cookies in JAR.
bench_sign_in() {
    local email="$1" jar="$2" token
    token="$(curl -fs -c "$jar" -b "$jar" "$APP_URL/accesso" | grep -oE 'name="__RequestVerificationToken" type="hidden" value="[^"]+"' | sed -n 1,1p | sed -E 's/.*value="//; s/"$//')"
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$email" --data-urlencode "Password=$BENCH_PASSWORD" \
        --data-urlencode "__RequestVerificationToken=$token" "$APP_URL/accesso"
}

# bench_sign_in_voters COUNT IDEA_IDS OUT: signs COUNT generated members in (none the author of one of
# the ideas, comma-separated) and writes "cookie<TAB>antiforgery token" lines to OUT for vote-storm.lua.
bench_sign_in_voters() {
    local count="$1" ideas="$2" out="$3"
    bench_psql -tAc "SELECT email FROM members m WHERE email LIKE 'socio%' AND NOT EXISTS (SELECT 1 FROM ideas i WHERE i.author_id = m.id AND i.id::text = ANY (string_to_array('$ideas', ','))) ORDER BY email LIMIT $count" \
        | /usr/bin/python3 "$ROOT/bench/sign-in-voters.py" "$APP_URL" "$BENCH_PASSWORD" "/idee/${ideas%%,*}" >"$out"
    [ "$(grep -c $'\t.' "$out")" -eq "$count" ] || { echo "not every member signed in" >&2; return 1; }
}

# bench_sign_in_writers COUNT OUT: signs COUNT generated members in and writes "cookie<TAB>antiforgery token<TAB>conversation"
# lines to OUT for message-storm.lua, each with the member's most recent conversation.
bench_sign_in_writers() {
    local count="$1" out="$2"
    bench_psql -tAF $'\t' -c "SELECT m.email, (SELECT p.conversation_id FROM conversation_participants p JOIN conversations c ON c.id = p.conversation_id WHERE p.member_id = m.id AND p.left_at IS NULL ORDER BY c.last_message_at DESC LIMIT 1) FROM members m WHERE email LIKE 'socio%' AND EXISTS (SELECT 1 FROM conversation_participants p WHERE p.member_id = m.id AND p.left_at IS NULL) ORDER BY email LIMIT $count" >"$out.members"
    cut -f1 "$out.members" | /usr/bin/python3 "$ROOT/bench/sign-in-voters.py" "$APP_URL" "$BENCH_PASSWORD" "/messaggi/nuovo" | paste - <(cut -f2 "$out.members") >"$out"
    [ "$(grep -c $'\t.*\t.' "$out")" -eq "$count" ] || { echo "not every writer signed in" >&2; return 1; }
}

# bench_live_writers CONVERSATIONS OUT: signs in every member of that many group conversations and writes
# "cookie<TAB>antiforgery token<TAB>conversation" lines to OUT for `tools live`.
bench_live_writers() {
    local count="$1" out="$2"
    bench_psql -tAF $'\t' -c "SELECT m.email, p.conversation_id FROM conversation_participants p JOIN members m ON m.id = p.member_id WHERE p.left_at IS NULL AND p.conversation_id IN (SELECT id FROM conversations WHERE is_group ORDER BY id LIMIT $count) ORDER BY p.conversation_id, m.email" >"$out.members"
    cut -f1 "$out.members" | /usr/bin/python3 "$ROOT/bench/sign-in-voters.py" "$APP_URL" "$BENCH_PASSWORD" "/messaggi/nuovo" | paste - <(cut -f2 "$out.members") >"$out"
}

# bench_messages_check: how many participants of the conversations written in during the last hour have an unread
# count that differs from the messages of others after what they read.
bench_messages_check() {
    bench_psql -tAc "SELECT count(*) FROM conversation_participants p WHERE p.conversation_id IN (SELECT conversation_id FROM messages WHERE at > now() - interval '1 hour') AND p.left_at IS NULL AND p.unread <> (SELECT count(*) FROM messages m WHERE m.conversation_id = p.conversation_id AND m.seq > p.read_seq AND m.author_id <> p.member_id AND m.screening = 0)"
}

# bench_registrations_check EVENT_IDS: how many of the events have counters that differ from their registrations, or
# more seated than places, or someone waiting while a place is free.
bench_registrations_check() {
    bench_psql -tAc "SELECT count(*) FROM events e WHERE e.id::text = ANY (string_to_array('$1', ',')) AND (registered_count <> (SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 0) OR waiting_count <> (SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 1) OR (capacity IS NOT NULL AND registered_count > capacity) OR (waiting_count > 0 AND (capacity IS NULL OR registered_count < capacity)))"
}

# bench_sign_in_registrants COUNT EVENT_ID OUT: signs COUNT generated members in (none who organises the storm's
# events) and writes "cookie<TAB>antiforgery token" lines to OUT for registration-storm.lua.
bench_sign_in_registrants() {
    local count="$1" event="$2" out="$3"
    bench_psql -tAc "SELECT email FROM members m WHERE email LIKE 'socio%' AND NOT EXISTS (SELECT 1 FROM events e WHERE e.created_by_id = m.id) ORDER BY email LIMIT $count" \
        | /usr/bin/python3 "$ROOT/bench/sign-in-voters.py" "$APP_URL" "$BENCH_PASSWORD" "/eventi/$event" >"$out"
    [ "$(grep -c $'\t.' "$out")" -eq "$count" ] || { echo "not every member signed in" >&2; return 1; }
}

# bench_votes_check IDEA_IDS: how many of the ideas have counters or scores that differ from their stored votes.
bench_votes_check() {
    bench_psql -tAc "SELECT count(*) FROM ideas i WHERE i.id::text = ANY (string_to_array('$1', ',')) AND (votes_for <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id AND v.value = 1) OR votes_against <> (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id AND v.value = -1) OR abs(hot_score - club_idea_hot(votes_for, votes_against, created_at)) > 1e-9 OR abs(wilson_score - club_idea_wilson(votes_for, votes_against)) > 1e-9)"
}

# bench_comments_check IDEA_IDS: how many of the ideas have a comment count that differs from their visible comments
# (a comment the spam check holds is not counted; before the check existed every comment was clear).
bench_comments_check() {
    bench_psql -tAc "SELECT count(*) FROM ideas i WHERE i.id::text = ANY (string_to_array('$1', ',')) AND comment_count <> (SELECT count(*) FROM comments c WHERE c.thread_kind = 1 AND c.thread_id = i.id AND c.status = 0 AND coalesce((to_jsonb(c) ->> 'screening')::int, 0) = 0)"
}

# bench_cookie_header JAR: the Cookie header value of a curl cookie jar.
bench_cookie_header() { sed 's/^#HttpOnly_//' "$1" | awk -F'\t' '!/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }'; }

bench_stop_cluster() { as_postgres "$(pg_bin)/pg_ctl" -D "$BENCH_DIR/pg" -m fast stop >/dev/null 2>&1 || true; }

bench_psql() { "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d club -X -q "$@"; }

# The environment the app (and the baseline) run with: Release, Production, 127.0.0.1, a local mail port, and the
# metrics scraped from 127.0.0.1 as an operator's Prometheus would (bench_allocated reads them).
# Behind a TLS proxy (bench/security-scan), BENCH_SITE_URL, BENCH_SECURE_COOKIES and BENCH_KNOWN_PROXIES say so.
bench_app_env() {
    env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Club="$CONNECTION" Database__MigrateOnStartup=true \
        Smtp__Host=127.0.0.1 Smtp__Port=2525 Smtp__UseStartTls=false Serilog__MinimumLevel__Default=Warning \
        Site__BaseUrl="${BENCH_SITE_URL:-$APP_URL}" Site__SecureCookies="${BENCH_SECURE_COOKIES:-false}" ForwardedHeaders__KnownProxies="${BENCH_KNOWN_PROXIES:-}" \
        RateLimits__AccountsPerMinute="${BENCH_SIGN_INS_PER_MINUTE:-10}" RateLimits__VotesPerMinute="${BENCH_VOTES_PER_MINUTE:-60}" \
        RateLimits__WritesPerAddressPerMinute="${BENCH_WRITES_PER_ADDRESS_PER_MINUTE:-300}" \
        RateLimits__ContributionsPerMinute="${BENCH_CONTRIBUTIONS_PER_MINUTE:-10}" Telemetry__Prometheus__AllowedAddresses=127.0.0.1 "$@"
}

# bench_wait_ready URL LOG: waits until URL/health/ready answers.
bench_wait_ready() {
    for _ in $(seq 1 120); do
        curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "$1 did not start; see $2" >&2
    return 1
}

bench_start_app() {
    ( cd "$ROOT" && dotnet build -c Release src/ClubMediaSociali.Web >/dev/null )
    ( cd "$ROOT" && bench_app_env ASPNETCORE_URLS="$APP_URL" \
        dotnet run -c Release --no-build --no-launch-profile --project src/ClubMediaSociali.Web >"$BENCH_DIR/app.log" 2>&1 ) &
    APP_PID=$!
    bench_wait_ready "$APP_URL" "$BENCH_DIR/app.log"
}

# The benchmarks' baseline page, /bench/fortunes, served by the tools program through the Club's own
# composition and pipeline (tools/ClubMediaSociali.Tools/Baseline) on BASELINE_URL, beside the app.
BASELINE_URL="http://127.0.0.1:$((APP_PORT + 1))"
bench_start_baseline() {
    ( cd "$ROOT" && dotnet build -c Release tools/ClubMediaSociali.Tools >/dev/null )
    ( cd "$ROOT" && bench_app_env ASPNETCORE_URLS="$BASELINE_URL" \
        dotnet run -c Release --no-build --no-launch-profile --project tools/ClubMediaSociali.Tools -- baseline >"$BENCH_DIR/baseline.log" 2>&1 ) &
    BASELINE_PID=$!
    bench_wait_ready "$BASELINE_URL" "$BENCH_DIR/baseline.log"
}

bench_stop_baseline() {
    [ -n "${BASELINE_PID:-}" ] || return 0
    pkill -TERM -P "$BASELINE_PID" 2>/dev/null || true
    kill "$BASELINE_PID" 2>/dev/null || true
    wait "$BASELINE_PID" 2>/dev/null || true
}

bench_stop_app() {
    [ -n "${APP_PID:-}" ] || return 0
    pkill -TERM -P "$APP_PID" 2>/dev/null || true
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
}

# bench_wrk NAME CONNECTIONS SECONDS URL [WRK ARGS...]: prints "| NAME | req/s | p50 | p99 | errors |".
# Extra arguments go to wrk before the URL (-H for a cookie, -s SCRIPT, and after -- the script's own).
bench_wrk() {
    local name="$1" connections="$2" seconds="$3" url="$4" out
    shift 4
    out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" "$@" 2>&1)"
    local rps p50 p99 errors non2xx
    rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")"
    p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
    p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
    errors="$(awk '/Socket errors/ { gsub(",", ""); s = 0; for (i = 4; i <= NF; i += 2) s += $i; print s }' <<<"$out")"
    non2xx="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
    echo "| $name | ${rps:-0} | ${p50:--} | ${p99:--} | $(( ${errors:-0} + ${non2xx:-0} )) |"
}

# bench_allocated URL: the bytes the .NET process behind URL has allocated since it started (its /metrics page).
bench_allocated() { curl -fs "$1/metrics" | awk '/^dotnet_gc_heap_total_allocated_bytes_total/ { print $NF }'; }

# bench_app_memory: the app's resident memory now and at its peak, in MB, then how much of it the GC holds
# (committed, and the heap left after its last collection; from the app's /metrics, on in bench_app_env).
bench_app_memory() {
    local pid; pid="$(pgrep -f 'bin/Release/net10.0/ClubMediaSociali.Web$' | sed -n 1,1p)"
    awk '/^VmRSS|^VmHWM/ { printf "%s %.0f MB ", $1, $2 / 1024 }' "/proc/$pid/status"
    curl -fs "$APP_URL/metrics" | awk '
        /^dotnet_gc_last_collection_memory_committed_size_bytes/ { committed = $NF }
        /^dotnet_gc_last_collection_heap_size_bytes/ { heap += $NF }
        END { printf "(GC: %.0f MB committed, %.0f MB heap after its last collection) ", committed / 1048576, heap / 1048576 }'
}

bench_machine() { echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), PostgreSQL $("$(pg_bin)/postgres" --version | awk '{ print $3 }'), .NET $(dotnet --version)"; }
