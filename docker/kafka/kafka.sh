#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft, broker and controller in one JVM) run from
# Maven Central jars, for tests, CI and benchmarks on machines without Docker.
#
#   docker/kafka/kafka.sh start    start (or find running) and wait until it answers
#   docker/kafka/kafka.sh stop     stop it and wait until the process is gone (data kept)
#   docker/kafka/kafka.sh status   running / stopped (exit code 0 / 3)
#   docker/kafka/kafka.sh clean    stop, then delete its data
#
# Environment: KAFKA_LOCAL_PORT (default 9092; the controller listens on port + 1, or on
# KAFKA_LOCAL_CONTROLLER_PORT), KAFKA_LOCAL_HEAP (default 512m), KAFKA_LOCAL_DATA (default
# ${TMPDIR:-/tmp}/gongron-kafka-<port>), KAFKA_LOCAL_START_TIMEOUT (seconds, default 90).
# Every command is idempotent; state (pid file, log, config) lives in <repo>/.kafka/<port>/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PORT="${KAFKA_LOCAL_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_LOCAL_CONTROLLER_PORT:-$((PORT + 1))}"
HEAP="${KAFKA_LOCAL_HEAP:-512m}"
START_TIMEOUT="${KAFKA_LOCAL_START_TIMEOUT:-90}"
DATA="${KAFKA_LOCAL_DATA:-${TMPDIR:-/tmp}/gongron-kafka-$PORT}"
LIB="$HERE/lib"
STATE="$REPO/.kafka/$PORT"
PID_FILE="$STATE/broker.pid"
LOG_FILE="$STATE/broker.log"

log() { printf 'kafka.sh [%s]: %s\n' "127.0.0.1:$PORT" "$*" >&2; }

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # The pid may have been reused by an unrelated process after a crash.
  grep -q 'kafka.Kafka' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_jars() {
  if compgen -G "$LIB/kafka_2.13-*.jar" >/dev/null && compgen -G "$LIB/slf4j-reload4j-*.jar" >/dev/null; then
    return
  fi
  log "fetching the broker's jars from Maven Central (cached in ~/.m2)"
  command -v mvn >/dev/null || { log "mvn is not installed: cannot fetch the Kafka jars"; exit 1; }
  rm -rf "$LIB.partial"
  mvn -q -B -f "$HERE/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB.partial"
  rm -rf "$LIB"
  mv "$LIB.partial" "$LIB"
}

write_config() {
  mkdir -p "$STATE" "$DATA"
  cat >"$STATE/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA/logs
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=24
log.segment.bytes=67108864
num.network.threads=2
num.io.threads=4
PROPS
  cat >"$STATE/log4j.properties" <<PROPS
log4j.rootLogger=WARN, file
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$LOG_FILE
log4j.appender.file.Append=true
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
}

java_cmd() {
  JAVA=(java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
    -Dlog4j.configuration="file:$STATE/log4j.properties" -cp "$LIB/*")
}

start() {
  local pid
  if pid="$(running_pid)"; then
    log "already running (pid $pid)"
    wait_ready "$pid"
    return
  fi
  if port_open "$PORT"; then
    log "port $PORT is taken by another process; set KAFKA_LOCAL_PORT to use another"
    exit 1
  fi
  command -v java >/dev/null || { log "java (17 or newer) is not installed"; exit 1; }
  ensure_jars
  write_config
  java_cmd
  if [[ ! -f "$DATA/logs/meta.properties" ]]; then
    # -g: formatting a folder that is already formatted is not an error.
    local cluster_id
    cluster_id="$("${JAVA[@]}" kafka.tools.StorageTool random-uuid)"
    "${JAVA[@]}" kafka.tools.StorageTool format -g -t "$cluster_id" \
      -c "$STATE/server.properties" >"$STATE/format.log" 2>&1 || { cat "$STATE/format.log" >&2; exit 1; }
  fi
  : >"$LOG_FILE"
  # setsid: the broker outlives the shell that started it and gets its own process group.
  setsid "${JAVA[@]}" kafka.Kafka "$STATE/server.properties" >>"$STATE/broker.out" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  log "starting (pid $pid, data $DATA)"
  wait_ready "$pid"
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "the broker exited during start; last lines of its output:"
      tail -n 30 "$STATE/broker.out" "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if port_open "$PORT" && grep -q 'Kafka Server started' "$LOG_FILE" 2>/dev/null; then
      log "ready"
      return
    fi
    sleep 0.25
  done
  log "did not answer within ${START_TIMEOUT}s; stopping it (see $LOG_FILE)"
  stop
  exit 1
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    log "no clean shutdown after 30s; killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    echo "running (pid $pid, 127.0.0.1:$PORT, data $DATA)"
  else
    echo "stopped"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  clean) stop; rm -rf "$DATA" "$STATE"; log "data deleted" ;;
  *) echo "usage: $0 start|stop|status|clean" >&2; exit 2 ;;
esac
