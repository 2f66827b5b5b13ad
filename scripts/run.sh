#!/usr/bin/env bash
# Starts the action server (supervised: restarted whenever it exits), then the Rasa server
# (REST, socket.io and the chat page at http://localhost:5005/chat/).
# `scripts/run.sh shell` chats in the terminal instead; `scripts/run.sh cluster` runs the
# cluster (scripts/cluster.py). Ctrl-C stops both.
#
# Settings (environment): ASSISTANT_INTERFACE (default 127.0.0.1; beyond loopback needs
# REST_TOKEN), ASSISTANT_PORT (5005), ASSISTANT_CORS_ORIGINS (space-separated origins allowed
# to call the server from other pages; default none: only the server's own page).
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
PY=.venv/bin/python
MODEL=models/assistant.tar.gz
INTERFACE=${ASSISTANT_INTERFACE:-127.0.0.1}
PORT=${ASSISTANT_PORT:-5005}

# Shared secrets, made once and kept private: the action server's token and the key that
# signs the chat widget's session ids (so sessions survive a restart). The environment wins.
SECRETS=.secrets.env
if [ ! -f "$SECRETS" ]; then
  (umask 077 && "$PY" -c 'import secrets; t = secrets.token_urlsafe
print(f"ACTION_SERVER_TOKEN={t(32)}\nSESSION_SECRET={t(32)}")' > "$SECRETS")
fi
while IFS='=' read -r name value; do
  [ -n "${!name:-}" ] || export "$name=$value"
done < "$SECRETS"

case "$INTERFACE" in
  127.*|localhost|::1) ;;
  *) if [ -z "${REST_TOKEN:-}" ]; then
       echo "Listening on $INTERFACE needs REST_TOKEN (the REST channel's bearer token)." >&2
       exit 2
     fi ;;
esac

# The cluster (PostgreSQL, Redis, nginx, several servers): `make run-cluster`.
if [ "${1:-}" = "cluster" ]; then
  shift
  scripts/install_services.sh
  exec "$PY" -m scripts.cluster --port "$PORT" "$@"
fi

# Retention: conversations idle, tickets and ratings older than $ASSISTANT_RETENTION_DAYS
# (default 90) are deleted at every start.
"$PY" -m guard.privacy purge

"$PY" -m scripts.supervise -- "$PY" -m action_server --interface 127.0.0.1 --port 5055 &
ACTIONS_PID=$!
trap 'kill "$ACTIONS_PID" 2>/dev/null || true; wait "$ACTIONS_PID" 2>/dev/null || true' EXIT INT TERM
"$PY" scripts/wait_for_http.py http://127.0.0.1:5055/health 120

if [ "${1:-}" = "shell" ]; then
  "$PY" -m guard shell --model "$MODEL" --endpoints endpoints.yml
else
  CORS=()
  if [ -n "${ASSISTANT_CORS_ORIGINS:-}" ]; then
    read -r -a ORIGINS <<< "$ASSISTANT_CORS_ORIGINS"
    CORS=(--cors "${ORIGINS[@]}")
  fi
  echo "Assistant: REST at http://localhost:$PORT/webhooks/rest/webhook (Ctrl-C stops)"
  echo "Chat widget: http://localhost:$PORT/chat/"
  "$PY" -m guard run --model "$MODEL" --interface "$INTERFACE" --port "$PORT" \
    "${CORS[@]}" --endpoints endpoints.yml --credentials credentials.yml
fi
