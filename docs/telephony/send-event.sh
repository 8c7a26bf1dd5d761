#!/usr/bin/env bash
# Signs one call event and sends it to Ánh Dương's POST /api/v1/telephony/events (see docs/telephony.md).
#
# Usage: send-event.sh EVENT CALL_ID LINE [CALLER_NUMBER [AGENT [TIMESTAMP]]]
#   EVENT          ringing | answered | ended
#   CALL_ID        the PBX's id of the call, the same in all three events (Asterisk ${UNIQUEID}, FreeSWITCH ${uuid})
#   LINE           the hotline line's number as configured, e.g. 18001769 (spaces and dashes do not matter)
#   CALLER_NUMBER  the caller's number; empty, "anonymous" or "unknown" when withheld
#   AGENT          the Ánh Dương username of the counsellor the call rings for or who answered; empty for everyone
#   TIMESTAMP      when it happened, ISO-8601 with an offset; default now
#
# Environment:
#   ANHDUONG_URL          the server, e.g. https://anhduong.example.org (no trailing slash)
#   ANHDUONG_SECRET_FILE  a file holding the line's telephony secret (chmod 600, owned by the PBX's user), or
#   ANHDUONG_SECRET       the secret itself
#
# Needs bash, openssl and curl. Exits 0 when the server accepted the event (HTTP 200, also for a repeat), else 1;
# the server's answer goes to stderr. Retrying is safe: each (call id, event) takes effect once.
set -euo pipefail

fail() { echo "send-event: $*" >&2; exit 1; }

[ $# -ge 3 ] && [ $# -le 6 ] || fail "usage: send-event.sh EVENT CALL_ID LINE [CALLER_NUMBER [AGENT [TIMESTAMP]]]"
event=$1 call_id=$2 line=$3 caller=${4:-} agent=${5:-}
caller=${caller//[ .()-]/}
timestamp=${6:-$(date -u +%Y-%m-%dT%H:%M:%SZ)}

# Every value is checked before it goes into the JSON: a PBX hands over caller ids it got from the network.
[[ $event =~ ^(ringing|answered|ended)$ ]] || fail "EVENT must be ringing, answered or ended"
[[ $call_id =~ ^[A-Za-z0-9._:@-]{1,100}$ ]] || fail "CALL_ID may hold letters, digits and . _ : @ - (1-100)"
[[ $line =~ ^[0-9][0-9\ -]{0,18}[0-9]?$ ]] || fail "LINE must be a number, e.g. 18001769"
[[ $agent =~ ^[A-Za-z0-9._@-]{0,100}$ ]] || fail "AGENT must be a username"
[[ $timestamp =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})$ ]] || fail "TIMESTAMP must be ISO-8601"
case ${caller,,} in
  ''|anonymous|unknown|private|restricted|withheld|unavailable) caller_json=null ;;
  *) [[ $caller =~ ^\+?[0-9]{3,20}$ ]] || fail "CALLER_NUMBER must be digits with an optional leading +"
     caller_json="\"$caller\"" ;;
esac
agent_json=null
[ -n "$agent" ] && agent_json="\"$agent\""

url=${ANHDUONG_URL:?set ANHDUONG_URL, e.g. https://anhduong.example.org}
if [ -n "${ANHDUONG_SECRET_FILE:-}" ]; then
  secret=$(tr -d ' \r\n' < "$ANHDUONG_SECRET_FILE")
else
  secret=${ANHDUONG_SECRET:?set ANHDUONG_SECRET_FILE or ANHDUONG_SECRET}
fi

body=$(printf '{"callId":"%s","event":"%s","line":"%s","callerNumber":%s,"agent":%s,"timestamp":"%s"}' \
  "$call_id" "$event" "$line" "$caller_json" "$agent_json" "$timestamp")
signed_at=$(date +%s)
# The signature covers "<Unix seconds>.<body>", byte for byte as sent. openssl takes the secret's text as the key.
# (The secret is on openssl's command line for a moment: keep the PBX host free of untrusted local users.)
signature=$(printf '%s.%s' "$signed_at" "$body" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)

answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
status=$(printf '%s' "$body" | curl --silent --show-error --max-time 5 --retry 3 \
  --output "$answer" --write-out '%{http_code}' \
  -H 'Content-Type: application/json' \
  -H "X-Anhduong-Timestamp: $signed_at" \
  -H "X-Anhduong-Signature: sha256=$signature" \
  --data-binary @- "$url/api/v1/telephony/events") || status=000
cat "$answer" >&2
echo >&2
[ "$status" = 200 ] || fail "the server answered HTTP $status"
