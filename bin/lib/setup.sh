# Shared set-up for bin/run, bin/test, bin/worker and bin/recordpath (sourced, not executed).
# Finds or installs what RecordPath needs on a Debian/Ubuntu machine that has only a JDK.

RP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export OMP_THREAD_LIMIT=1   # Tesseract: without it libgomp threads thrash (6-7x slower, TOOLCHAIN.md section 3)

rp_say() { printf 'recordpath: %s\n' "$*" >&2; }

# True when we can install system packages without a prompt: root, or sudo without a password.
rp_can_install() {
  if [ "$(id -u)" -eq 0 ]; then return 0; fi
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null
}

rp_apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  if ! command -v apt-get >/dev/null 2>&1; then
    rp_say "no apt-get here: install $* with your system's package manager"
    return 1
  fi
  rp_say "installing $* (apt-get)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

rp_require_java() {
  if ! command -v java >/dev/null 2>&1; then
    rp_say "Java 17 or newer is required (e.g. apt-get install openjdk-17-jdk-headless)"
    exit 1
  fi
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  if [ "${v%%.*}" -lt 17 ] 2>/dev/null; then
    rp_say "Java 17 or newer is required, found $v"
    exit 1
  fi
}

rp_tessdata() {
  local d
  for d in "${TESSDATA_PREFIX:-}" /usr/share/tesseract-ocr/5/tessdata /usr/share/tesseract-ocr/4.00/tessdata /usr/share/tessdata; do
    if [ -n "$d" ] && [ -f "$d/eng.traineddata" ]; then echo "$d"; return 0; fi
  done
  return 1
}

# Tesseract: installs it when it can. With $1 = required, fails when it cannot; otherwise warns and goes on.
rp_ensure_tesseract() {
  local mode="${1:-optional}"
  if ! ldconfig -p 2>/dev/null | grep -q 'libtesseract.so.5' || ! rp_tessdata >/dev/null; then
    if rp_can_install; then
      rp_apt_install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd || true
    fi
  fi
  if ldconfig -p 2>/dev/null | grep -q 'libtesseract.so.5' && rp_tessdata >/dev/null; then
    TESSDATA_PREFIX="$(rp_tessdata)"
    export TESSDATA_PREFIX
    return 0
  fi
  if [ "$mode" = required ]; then
    rp_say "Tesseract OCR is required for the tests and could not be installed."
    rp_say "Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng"
    exit 1
  fi
  rp_say "Tesseract OCR is not installed: scanned documents and photos will fail with 'OCR is not available'."
  rp_say "Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng   (then re-run the failed documents)"
  return 0
}

# Headless Chromium and its driver for the browser tests (Debian packages; no driver downloads); npm, with which
# the browser tests fetch axe-core (npm pack); DejaVu fonts for the summary PDF.
rp_ensure_chromium() {
  if ! command -v npm >/dev/null 2>&1 && rp_can_install; then rp_apt_install npm || true; fi
  if [ ! -r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && rp_can_install; then rp_apt_install fonts-dejavu-core || true; fi
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return 0; fi
  if rp_can_install; then rp_apt_install chromium chromium-driver || true; fi
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return 0; fi
  rp_say "the browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver"
  exit 1
}

# pdftotext and the tesseract command, for the benchmarks only.
rp_ensure_bench_tools() {
  local missing=()
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
  if [ ${#missing[@]} -gt 0 ] && rp_can_install; then rp_apt_install "${missing[@]}" || true; fi
}

rp_port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# PostgreSQL for the integration tests: TEST_DATABASE_URL, else Testcontainers (Docker), else 127.0.0.1:5432.
rp_ensure_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then rp_say "integration tests use TEST_DATABASE_URL"; return 0; fi
  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    rp_say "integration tests use PostgreSQL in Testcontainers"
    return 0
  fi
  if ! rp_port_open 127.0.0.1 5432 && command -v pg_ctlcluster >/dev/null 2>&1; then
    local v
    v=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$v" ]; then
      rp_say "starting the local PostgreSQL $v cluster"
      pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1 || true
      sleep 2
    fi
  fi
  if rp_port_open 127.0.0.1 5432; then
    rp_say "integration tests use the PostgreSQL on 127.0.0.1:5432"
    return 0
  fi
  rp_say "no PostgreSQL for the integration tests: set TEST_DATABASE_URL, start a Docker engine, or run PostgreSQL on 127.0.0.1:5432"
  exit 1
}

# Builds the modules a command needs when a jar is missing or older than the sources.
rp_build_if_stale() {
  local jar="$1"; shift
  if [ -f "$jar" ] && [ -z "$(find "$RP_ROOT" -path '*/target' -prune -o -path "$RP_ROOT/data" -prune \
      \( -name '*.java' -o -name '*.yaml' -o -name '*.yml' -o -name '*.xml' -o -name '*.sql' -o -name '*.html' -o -name '*.properties' \) \
      -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  rp_say "building ($*)"
  (cd "$RP_ROOT" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true "$@" install) >&2
}
