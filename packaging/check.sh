#!/usr/bin/env bash
# Run an installed CoProDesk the way a user would, far from the checkout:
#   packaging/check.sh wheel            build the wheel, install it into a fresh venv, check it
#   packaging/check.sh bundle BINARY    check a PyInstaller bundle's binary
# Each check: --version, demo, report, certified minutes and their verification, a JSON
# round trip, and the window shown offscreen. Fails on the first problem.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ "${1:-}" = bundle ]; then   # resolve the binary's path before leaving the caller's directory
  [ -x "${2:-}" ] || { echo "no bundled binary at '${2:-}' (run make bundle)" >&2; exit 2; }
  BUNDLED="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
fi
cd "$WORK"   # never the checkout: resources must come from the installed app

case "${1:-}" in
  wheel)
    "$ROOT/.venv/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation \
      --wheel-dir "$WORK/dist" "$ROOT"
    python3 -m venv "$WORK/venv"
    # its dependencies from the lock (hash-checked), the wheel itself on top; pip check then
    # says whether the wheel's own requirements are met by what the lock installed
    "$WORK/venv/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$ROOT/requirements.lock"
    "$WORK/venv/bin/python" -m pip install --quiet --no-deps "$WORK"/dist/coprodesk-*.whl
    "$WORK/venv/bin/python" -m pip check
    APP="$WORK/venv/bin/coprodesk"
    ;;
  bundle)
    APP="$BUNDLED"
    ;;
  *) echo "usage: $0 wheel | bundle BINARY" >&2; exit 2 ;;
esac

export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
"$APP" --version
"$APP" --db m.db demo
"$APP" --db m.db report 1 | head -2
echo "a-long-passphrase" > pw
"$APP" keys new --name "Check Signer" --email check@example.org --out id.p12 --passphrase-file pw \
  --cert-out id.pem
"$APP" --db m.db export 1 -o minutes.pdf --sign id.p12 --passphrase-file pw --signers "Check Signer"
# a fresh self-made identity is not on anyone's trust list: never "verified" silently (exit 3)
set +e; "$APP" verify minutes.pdf > untrusted.txt; code=$?; set -e
[ "$code" = 3 ] && grep -q "Check Signer is not on your trust list" untrusted.txt \
  || { echo "verify of an untrusted identity gave exit $code, not 3" >&2; cat untrusted.txt >&2; exit 1; }
"$APP" verify minutes.pdf --trust id.pem | tail -1   # trusted explicitly: exit 0 (pipefail)
"$APP" --db m.db export 2 --format json -o follow-up.json
"$APP" --db other.db import follow-up.json
COPRODESK_EXIT_WHEN_SHOWN=1 "$APP" --db m.db 2>/dev/null | grep -q "shown: CoProDesk"
# Sharing with devices (the app's one use of the network): listen on 127.0.0.1, read the
# room's state.json and a page's script, stop on SIGTERM.
"$APP" --db m.db share 2 --bind 127.0.0.1 --port 0 --json > share.json &
SHARE=$!
for _ in $(seq 300); do [ -s share.json ] && break; sleep 0.1; done
python3 - share.json <<'PY'
import json, sys, urllib.request
room = json.load(open(sys.argv[1]))["room"]
with urllib.request.urlopen(room + "state.json", timeout=30) as reply:
    state = json.load(reply)
with urllib.request.urlopen(room.split("/d/")[0] + "/static/page.js", timeout=30) as reply:
    assert b"EventSource" in reply.read()
print("sharing: state.json of", repr(state["meeting"]["title"]), "from", room.split("/d/")[0])
PY
kill -TERM "$SHARE"
wait "$SHARE"
echo "OK: $1 works outside the checkout"
