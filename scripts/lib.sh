# Shared by the scripts: paths, PATH, and small helpers. Source it, don't run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# npm binaryen's wasm-opt first (Debian's binaryen breaks the app), then cargo-installed tools.
export PATH="$ROOT/tools/node_modules/.bin:$ROOT/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Build output lives outside the checkout, one directory per checkout path, so the next run of
# the same checkout (CI's warm runs on a machine it has used before) compiles only what changed;
# a fresh machine builds everything. An explicit CARGO_TARGET_DIR wins (`target` = in the repo).
if [[ -z "${CARGO_TARGET_DIR:-}" ]]; then
  cache="${XDG_CACHE_HOME:-${HOME:-$ROOT}/.cache}/opendata-web/target-$(printf %s "$ROOT" | sha256sum | cut -c1-12)"
  # No writable cache (a locked-down CI user): the repo's own target/.
  mkdir -p "$cache" 2>/dev/null || cache="$ROOT/target"
  export CARGO_TARGET_DIR="$cache"
fi
[[ "$CARGO_TARGET_DIR" = /* ]] || export CARGO_TARGET_DIR="$ROOT/$CARGO_TARGET_DIR"
mkdir -p "$CARGO_TARGET_DIR"
# trunk would otherwise ask crates.io for its newest version on every run.
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n== %s\n' "$*"; }
# Runs a command and prints how long it took (a figure for the log, never a gate).
timed() { local s=$SECONDS; "$@"; echo "[time] $((SECONDS - s))s: $*"; }

# Waits until an URL answers, or fails after ~60 s.
wait_for() {
  local url=$1 i
  for i in $(seq 600); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "timed out waiting for $url" >&2
  return 1
}
