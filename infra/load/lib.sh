# Shared by infra/load/load.sh and infra/load/crash.sh (sourced): build the service jar without installing
# anything, start it on a free loopback port with its own data folder, wait for health, stop it.
RP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export OMP_THREAD_LIMIT=1
export TESSDATA_PREFIX="${TESSDATA_PREFIX:-/usr/share/tesseract-ocr/5/tessdata}"

say() { printf 'load: %s\n' "$*" >&2; }

# The intake-service jar, rebuilt (reactor package, never install) when a source is newer; copied to $1 so that a
# build started meanwhile cannot change it under the running service.
build_jar() {
  local dest="$1" jar
  jar=$(ls "$RP_ROOT"/intake-service/target/intake-service-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [ -z "$jar" ] || [ -n "$(find "$RP_ROOT" \( -path '*/target' -o -path '*/src/test' -o -path "$RP_ROOT/data" \) -prune -o \( -name '*.java' -o -name '*.yaml' \
      -o -name '*.xml' -o -name '*.sql' -o -name '*.html' -o -name '*.properties' \) -newer "$jar" -print -quit)" ]; then
    say "building intake-service (package, tests skipped)"
    (cd "$RP_ROOT" && ./mvnw -q -B -ntp -o -pl intake-service -am package -DskipTests -Dspotless.check.skip=true \
        -Djacoco.skip=true -Dmaven.javadoc.skip=true) >&2
    jar=$(ls "$RP_ROOT"/intake-service/target/intake-service-*.jar | grep -v original | head -n 1)
  fi
  cp "$jar" "$dest"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_service JAR PORT DATA LOG [extra Spring arguments...]; sets SERVICE_PID
start_service() {
  local jar="$1" port="$2" data="$3" log="$4"; shift 4
  java --enable-native-access=ALL-UNNAMED ${LOAD_JAVA_OPTS:--Xmx1g} -jar "$jar" \
      --server.address=127.0.0.1 --server.port="$port" --recordpath.data-dir="$data" \
      --logging.file.name= --spring.main.banner-mode=off "$@" >>"$log" 2>&1 &
  SERVICE_PID=$!
  local deadline=$((SECONDS + ${START_TIMEOUT:-180}))
  # healthy, and the demo accounts exist (they are created just after the web server starts)
  until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' \
      && curl -fsS -o /dev/null -u navigator:demo "http://127.0.0.1:$port/api/patients" 2>/dev/null; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then say "the service exited while starting; see $log"; tail -n 30 "$log" >&2; return 1; fi
    if [ $SECONDS -ge $deadline ]; then say "the service did not become healthy; see $log"; return 1; fi
    sleep 1
  done
  say "service up on 127.0.0.1:$port (pid $SERVICE_PID, data $data)"
}

stop_service() {
  if [ -n "${SERVICE_PID:-}" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

machine() {
  echo "$(uname -srm), $(grep -c ^processor /proc/cpuinfo) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
}
