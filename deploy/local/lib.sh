# Shared by the deploy/local scripts (sourced, not run). Everything here is idempotent: each
# ensure_* reuses what already runs and starts only what is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${OGP_STATE_DIR:-$ROOT/.local}
LIB=$STATE/lib
LOGS=$STATE/logs
RUN=$STATE/run
KEYS=$STATE/keys
MVNW="$ROOT/mvnw -B -q"
SERVICES=(countries-service commitments-service reports-service notifications-service pages-service gateway)
declare -A PORT=([countries-service]=8081 [commitments-service]=8082 [reports-service]=8083 [notifications-service]=8084 [pages-service]=8085 [gateway]=8080)
DATABASES=(ogp_countries ogp_commitments ogp_reports ogp_notifications)
TOPICS=(ogp.countries.v1 ogp.commitments.v1 ogp.reports.v1)
export OGP_DB_USER=${OGP_DB_USER:-postgres}
export OGP_KAFKA=${OGP_KAFKA:-}
export OGP_JWT_ISSUER=${OGP_JWT_ISSUER:-https://ogp-tracker.local}
export OGP_JWT_PUBLIC_KEY=$KEYS/jwt-public.pem
PG_PORT=${OGP_PG_PORT:-15432}
KAFKA_PORT=9092
mkdir -p "$LOGS" "$RUN"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# The stack's own jars (Kafka broker, JDBC driver) and its small admin tool, compiled once.
ensure_tools() {
  command -v java >/dev/null || die "java (17+) is required"
  local stamp=$LIB/.stamp want
  want=$(cksum < "$ROOT/deploy/local/stack-deps.xml")
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "fetching Kafka and JDBC jars through Maven into $LIB"
    rm -rf "$LIB" && mkdir -p "$LIB"
    $MVNW -f "$ROOT/deploy/local/stack-deps.xml" dependency:copy-dependencies \
      -DoutputDirectory="$LIB" -DincludeScope=runtime
    echo "$want" > "$stamp"
  fi
  local src=$ROOT/deploy/local/tools/StackTool.java out=$STATE/tools
  if [ ! -f "$out/StackTool.class" ] || [ "$src" -nt "$out/StackTool.class" ]; then
    mkdir -p "$out"
    javac -nowarn -cp "$LIB/*" -d "$out" "$src"
  fi
}

tool() { java -Dlog4j2.level=OFF -cp "$STATE/tools:$LIB/*" StackTool "$@"; }

ensure_keys() { tool keys "$KEYS"; }

pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Runs a command in the background, in its own session (it outlives the script), logging to a
# file; the pid file holds the pid of the command itself.
spawn() {
  local pidfile=$1 logfile=$2; shift 2
  rm -f "$pidfile"
  setsid sh -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@" >> "$logfile" 2>&1 < /dev/null &
  for _ in $(seq 1 50); do [ -s "$pidfile" ] && return 0; sleep 0.1; done
  die "could not start $*"
}

# PostgreSQL: OGP_DB_URL if set, else one answering on 127.0.0.1:5432, else our own embedded
# server (io.zonky binaries from Maven) on $PG_PORT. Exports OGP_DB_URL.
ensure_postgres() {
  if [ -n "${OGP_DB_URL:-}" ]; then
    tool pg-check "$OGP_DB_URL" "$OGP_DB_USER" || die "no PostgreSQL at OGP_DB_URL=$OGP_DB_URL"
    log "PostgreSQL: using OGP_DB_URL=$OGP_DB_URL"
  elif [ -z "${OGP_PG_EMBEDDED:-}" ] && tool pg-check jdbc:postgresql://127.0.0.1:5432 "$OGP_DB_USER"; then
    export OGP_DB_URL=jdbc:postgresql://127.0.0.1:5432
    log "PostgreSQL: using the server on 127.0.0.1:5432"
  else
    start_embedded_postgres
    export OGP_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT
  fi
  echo "$OGP_DB_URL" > "$RUN/db-url"
}

pg_root() {
  # PostgreSQL refuses to run as root; as root it runs as nobody, in a folder nobody can reach.
  if [ "$(id -u)" = 0 ]; then
    echo "/var/tmp/ogp-tracker-pg-$(printf '%s' "$STATE" | cksum | cut -d' ' -f1)"
  else
    echo "$STATE/postgres"
  fi
}

as_pg_user() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- "$@"
  else
    "$@"
  fi
}

# The embedded server's binaries (io.zonky, from Maven), unpacked once into $(pg_root)/dist and
# shared by every instance.
ensure_pg_binaries() {
  local root; root=$(pg_root)
  [ -x "$root/dist/bin/postgres" ] && return 0
  local arch; case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64v8 ;; *) die "no PostgreSQL binaries for $(uname -m)" ;; esac
  local version; version=$(sed -n 's:.*<embedded-postgres.version>\(.*\)</embedded-postgres.version>.*:\1:p' "$ROOT/deploy/local/stack-deps.xml")
  log "PostgreSQL: unpacking embedded-postgres-binaries-linux-$arch $version"
  $MVNW -f "$ROOT/deploy/local/stack-deps.xml" dependency:copy \
    -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$version" \
    -DoutputDirectory="$STATE/dist"
  rm -rf "$root/dist" && mkdir -p "$root/dist"
  (cd "$root/dist" && jar xf "$STATE"/dist/embedded-postgres-binaries-linux-$arch-$version.jar \
    && tar -xJf ./*.txz && rm -rf ./*.txz META-INF)
}

# pg_server_start DIR PORT: an embedded server with its data in DIR/data (initdb the first time)
# on 127.0.0.1:PORT, logging to DIR/run/postgres.log.
pg_server_start() {
  local home=$1 port=$2 bin; bin=$(pg_root)/dist/bin
  ensure_pg_binaries
  mkdir -p "$home/data" "$home/run"
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$home/data" "$home/run" && chmod 755 "$(pg_root)" "$home"
  fi
  if [ ! -f "$home/data/PG_VERSION" ]; then
    log "PostgreSQL: initdb in $home/data"
    as_pg_user "$bin/initdb" -D "$home/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  fi
  log "PostgreSQL: starting embedded server on 127.0.0.1:$port"
  as_pg_user "$bin/pg_ctl" -D "$home/data" -l "$home/run/postgres.log" -w -t 60 \
    -o "-p $port -h 127.0.0.1 -k $home/run -c max_connections=200" start >/dev/null
}

# pg_server_stop DIR: fast shutdown (open sessions are ended), as an operator's restart does.
pg_server_stop() {
  local home=$1
  if [ -f "$home/data/postmaster.pid" ]; then
    log "PostgreSQL: stopping embedded server in $home"
    as_pg_user "$(pg_root)/dist/bin/pg_ctl" -D "$home/data" -m fast -w stop >/dev/null || true
  fi
}

start_embedded_postgres() {
  local home; home=$(pg_root)
  if tool pg-check "jdbc:postgresql://127.0.0.1:$PG_PORT" "$OGP_DB_USER"; then
    log "PostgreSQL: embedded server already on 127.0.0.1:$PG_PORT"
    return
  fi
  pg_server_start "$home" "$PG_PORT"
  ln -sf "$home/run/postgres.log" "$LOGS/postgres.log"
  echo "$home" > "$RUN/postgres.home"
}

stop_embedded_postgres() {
  [ -f "$RUN/postgres.home" ] || return 0
  pg_server_stop "$(cat "$RUN/postgres.home")"
  rm -f "$RUN/postgres.home"
}

ensure_databases() { tool createdb "$OGP_DB_URL" "$OGP_DB_USER" "$@"; }

# Kafka: OGP_KAFKA if set, else a single-node KRaft broker of our own on 127.0.0.1:9092.
ensure_kafka() {
  if [ -n "$OGP_KAFKA" ]; then
    tool kafka-check "$OGP_KAFKA" || die "no Kafka at OGP_KAFKA=$OGP_KAFKA"
    log "Kafka: using OGP_KAFKA=$OGP_KAFKA"
    return
  fi
  export OGP_KAFKA=127.0.0.1:$KAFKA_PORT
  if tool kafka-check "$OGP_KAFKA"; then
    log "Kafka: broker already on $OGP_KAFKA"
    return
  fi
  start_kafka
}

start_kafka() {
  local dir=$STATE/kafka
  mkdir -p "$dir/data"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  local cp="$LIB/*" jopts=(-Xms256m -Xmx512m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-log4j2.properties")
  if [ ! -f "$dir/data/meta.properties" ]; then
    log "Kafka: formatting storage in $dir/data"
    java "${jopts[@]}" -cp "$cp" kafka.tools.StorageTool format --standalone \
      -t "$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)" \
      -c "$dir/server.properties" >> "$LOGS/kafka.log" 2>&1
  fi
  log "Kafka: starting broker on 127.0.0.1:$KAFKA_PORT"
  spawn "$RUN/kafka.pid" "$LOGS/kafka.log" java "${jopts[@]}" -cp "$cp" kafka.Kafka "$dir/server.properties"
  for _ in $(seq 1 60); do
    tool kafka-check "$OGP_KAFKA" && return 0
    pid_alive "$RUN/kafka.pid" || die "Kafka exited; see $LOGS/kafka.log"
    sleep 1
  done
  die "Kafka did not start in 60 s; see $LOGS/kafka.log"
}

stop_pidfile() {
  local file=$1 name=$2
  if pid_alive "$file"; then
    local pid; pid=$(cat "$file")
    log "$name: stopping (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_kafka() { stop_pidfile "$RUN/kafka.pid" Kafka; }

ensure_topics() { tool topics "$OGP_KAFKA" 3 "${TOPICS[@]}"; }

# Redis: the store the gateway replicas share their rate-limit buckets in. OGP_REDIS_URL if set;
# else a Redis of our own on 127.0.0.1:$REDIS_PORT, in memory only (Debian's redis-server,
# installed as root when missing). Without one the gateway limits alone: right for the local
# stack's one gateway, and said so.
REDIS_PORT=${OGP_REDIS_PORT:-6390}
ensure_redis_server() {
  command -v redis-server >/dev/null || apt_install "the shared rate limits" redis-server
}

redis_ping() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]; }

ensure_redis() {
  if [ -n "${OGP_REDIS_URL:-}" ]; then
    log "Redis: using OGP_REDIS_URL=${OGP_REDIS_URL%%@*}"
    return
  fi
  if ! (ensure_redis_server) 2>/dev/null; then
    log "Redis: not installed (apt-get install redis-server); the gateway limits rates alone"
    return
  fi
  export OGP_REDIS_URL=redis://127.0.0.1:$REDIS_PORT
  if redis_ping "$REDIS_PORT"; then
    log "Redis: already on 127.0.0.1:$REDIS_PORT"
    return
  fi
  log "Redis: starting on 127.0.0.1:$REDIS_PORT (rate-limit buckets, in memory)"
  spawn "$RUN/redis.pid" "$LOGS/redis.log" redis-server --port "$REDIS_PORT" --bind 127.0.0.1 \
    --save "" --appendonly no
  for _ in $(seq 1 20); do redis_ping "$REDIS_PORT" && return 0; sleep 0.5; done
  die "Redis did not start; see $LOGS/redis.log"
}

stop_redis() { stop_pidfile "$RUN/redis.pid" Redis; }

# Installs Debian packages (as root) for a tool the stack needs: apt_install WHAT PACKAGE...
apt_install() {
  local what=$1; shift
  [ "$(id -u)" = 0 ] || die "$what needs $* (Debian: apt-get install $*)"
  log "installing $* (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/dev/null \
    || die "could not install $*"
}

# The browser tests' Chromium and its driver, from Debian's packages (installed when missing, as
# root); exported for the tests as OGP_CHROMIUM and OGP_CHROMEDRIVER.
ensure_chromium() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ ${#missing[@]} -eq 0 ] || apt_install "the browser tests" "${missing[@]}"
  export OGP_CHROMIUM=$(command -v chromium) OGP_CHROMEDRIVER=$(command -v chromedriver)
}

# Load tool of the benchmark: wrk from Debian's packages (installed when missing, as root).
ensure_wrk() {
  command -v wrk >/dev/null || apt_install "the benchmark" wrk
}

service_ready() { tool wait-http "http://127.0.0.1:${PORT[$1]}/q/health/ready" 1 2>/dev/null; }

# The deploy tests build the Kubernetes overlays with kustomize (v5 here; kubectl 1.27+ has it).
ensure_kustomize() {
  if command -v kustomize >/dev/null; then return 0; fi
  if command -v kubectl >/dev/null && kubectl kustomize --help >/dev/null 2>&1; then return 0; fi
  die "kustomize or kubectl (1.27+) is required by deploy-tests: https://kubectl.docs.kubernetes.io/installation/kustomize/"
}

# The apps' base image (deploy/images/base-image: a JRE from this JDK, busybox, user 185), made
# once into $STATE/images; it needs busybox and jq (from Debian's packages when missing).
BASE_IMAGE=$STATE/images/jre17-base.tar
ensure_base_image() {
  local missing=()
  command -v busybox >/dev/null || missing+=(busybox-static)
  command -v jq >/dev/null || missing+=(jq)
  [ ${#missing[@]} -eq 0 ] || apt_install "the base image" "${missing[@]}"
  "$ROOT/deploy/images/base-image" "$BASE_IMAGE" >&2
}

# npm tools the tests use, installed once into $STATE/npm: Spectral lints the merged OpenAPI;
# TypeScript (with Node's types) compiles the generated typescript-fetch client strictly; axe-core
# checks the public pages' accessibility in the browser tests.
NPM_TOOLS=("@stoplight/spectral-cli@6.16.3" "typescript@5.9.3" "@types/node@20.19.43" "axe-core@4.14.1")
ensure_npm_tools() {
  command -v npm >/dev/null || die "npm (Node.js 18+) is required for the OpenAPI lint and the TypeScript client"
  local dir=$STATE/npm
  export OGP_SPECTRAL=$dir/node_modules/.bin/spectral
  export OGP_TSC=$dir/node_modules/.bin/tsc
  export OGP_AXE=$dir/node_modules/axe-core/axe.min.js
  if [ ! -x "$OGP_SPECTRAL" ] || [ ! -x "$OGP_TSC" ] \
      || [ "$(cat "$dir/.stamp" 2>/dev/null)" != "${NPM_TOOLS[*]}" ]; then
    log "installing ${NPM_TOOLS[*]} into $dir"
    mkdir -p "$dir"
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "${NPM_TOOLS[@]}" >&2)
    echo "${NPM_TOOLS[*]}" > "$dir/.stamp"
  fi
}
