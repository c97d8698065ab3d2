#!/usr/bin/env bash
# Checks the development loop the README describes: `mvn -Pdev package liberty:dev` serves the sample, an edited
# tool answers differently on the next call without a restart, and the same token keeps working. Not part of the
# test command (it takes about two minutes and uses the sample's own ports 9080 and 9400).
# Usage: scripts/dev-loop-check.sh   (from the repository root; needs the ports free)
set -euo pipefail
cd "$(dirname "$0")/.."
source=sample-war/src/main/java/dev/mcpee/sample/vetassist/Access.java
log=$(mktemp)
backup=$(mktemp)
cp "$source" "$backup"
pid=
cleanup() {
  cp "$backup" "$source"
  # Only the dev mode this script started (its own process group), and the server it runs.
  [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null || true
  sleep 10
  rm -f "$backup"
}
trap cleanup EXIT

setsid mvn -q -Pdev package liberty:dev -Dliberty.dev.hotTests=false >"$log" 2>&1 &
pid=$!

token() {
  curl -s http://localhost:9400/vetassist/token -d grant_type=client_credentials -d client_id=alice \
    -d client_secret=any | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}
call() {
  curl -s --max-time 10 http://localhost:9080/vetassist/mcp -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' -H 'MCP-Protocol-Version: 2026-07-28' \
    -H 'Mcp-Method: tools/call' -H 'Mcp-Name: get_pet_profile' \
    -d '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_pet_profile","arguments":{"petId":99},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}' || true
}

deadline=$((SECONDS + 300))
until [ -n "$(token 2>/dev/null)" ] && call "$(token)" | grep -q "No pet with id 99"; do
  [ $SECONDS -lt $deadline ] || { echo "dev mode did not serve the sample within 300 s; see $log"; exit 1; }
  sleep 3
done
TOKEN=$(token)
echo "before: $(call "$TOKEN")"
sed -i 's/call list_pets to see the ids/call list_pets to see the ids (edited live)/' "$source"
edited=$SECONDS
deadline=$((SECONDS + 120))
until call "$TOKEN" | grep -q "edited live"; do
  [ $SECONDS -lt $deadline ] || { echo "the edit was not served within 120 s; see $log"; exit 1; }
  sleep 1
done
echo "after $((SECONDS - edited)) s: $(call "$TOKEN")"
echo "dev loop OK: the edited tool answered without a restart, with the same token"
