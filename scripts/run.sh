#!/usr/bin/env bash
# Starts the action server, then the Rasa server (REST, socket.io and the chat page at
# http://localhost:5005/chat/).
# `scripts/run.sh shell` chats in the terminal instead. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
RASA=.venv/bin/rasa
MODEL=models/assistant.tar.gz

"$RASA" run actions --actions actions --port 5055 &
ACTIONS_PID=$!
trap 'kill "$ACTIONS_PID" 2>/dev/null || true; wait "$ACTIONS_PID" 2>/dev/null || true' EXIT INT TERM
.venv/bin/python scripts/wait_for_http.py http://localhost:5055/health 120

if [ "${1:-}" = "shell" ]; then
  "$RASA" shell --model "$MODEL" --endpoints endpoints.yml
else
  echo "Assistant: REST at http://localhost:5005/webhooks/rest/webhook (Ctrl-C stops)"
  echo "Chat widget: http://localhost:5005/chat/"
  "$RASA" run --model "$MODEL" --interface 127.0.0.1 --port 5005 --cors "*" \
    --endpoints endpoints.yml --credentials credentials.yml
fi
