# Installs what the app and its tests need, once; sourced by scripts/run-app and scripts/test.
# Safe to run again: each step checks first and does nothing when all is in place.

BUILD_PACKAGES=(libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libxdo-dev libssl-dev pkg-config build-essential file)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver fonts-dejavu-core dbus-x11 at-spi2-core)

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt packages that are not installed yet, installed without questions.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing apt packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
  fi
}

# npm packages exactly as locked. `npm ci` records what it installed in
# node_modules/.package-lock.json, so a lock file newer than that record means reinstall.
ensure_npm() {
  local dir=$1
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    step "installing npm packages in $dir (from the lock file)"
    (cd "$dir" && npm ci --no-audit --no-fund </dev/null)
  fi
}

ensure_tauri_driver() {
  if ! command -v tauri-driver >/dev/null 2>&1; then
    step "installing tauri-driver"
    cargo install tauri-driver --locked --version "^2"
  fi
}

build_ui() {
  step "building the UI"
  (cd "$ROOT/ui" && npm run --silent build </dev/null)
}
