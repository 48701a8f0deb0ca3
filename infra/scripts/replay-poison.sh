#!/usr/bin/env bash
# Moves messages from a poison queue back to its queue, so the hub tries them again. Fix the cause
# first (docs/operations.md, "Replaying poison messages"): a message that fails again returns to
# the poison queue after its retries.
#
#   infra/scripts/replay-poison.sh --account ACCOUNT --queue referrals [--count 10]
#
# Moves at most --count messages (at most the 32 a peek sees; run again for more). Each is put on
# the queue before it is deleted from the poison queue, so a failure half-way loses nothing: at
# worst a message is in both queues, and the hub's idempotency makes the second run a no-op.
# Needs: az (signed in) with Storage Queue Data Contributor on the account (main.bicep grants it
# to operatorPrincipalId), and a way in: the account answers only its private endpoints and the
# addresses in administratorAddresses (docs/operations.md, "Opening a way in"). No keys: every
# call uses --auth-mode login.
set -euo pipefail

account="${AZURE_STORAGE_ACCOUNT_NAME:-}"
queue=""
count=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --account) account="$2"; shift 2 ;;
    --queue) queue="${2%-poison}"; shift 2 ;;
    --count) count="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$account" && -n "$queue" ]] || { echo "usage: $0 --account ACCOUNT --queue QUEUE [--count N]" >&2; exit 2; }

auth=(--account-name "$account" --auth-mode login)
# Counted before moving anything, so a message that fails again while this runs is not replayed twice.
waiting="$(az storage message peek "${auth[@]}" --queue-name "$queue-poison" --num-messages 32 --query 'length(@)' --output tsv)"
[[ -z "$count" || "$count" -gt "$waiting" ]] && count="$waiting"
echo "moving $count message(s) from $queue-poison to $queue"

moved=0
while [[ $moved -lt $count ]]; do
  # Hidden for 5 minutes while it is copied; if this script dies, the message reappears.
  message="$(az storage message get "${auth[@]}" --queue-name "$queue-poison" --visibility-timeout 300 \
    --query '[0].[id, popReceipt, content]' --output tsv)"
  [[ -z "$message" ]] && break
  IFS=$'\t' read -r id receipt content <<< "$message"
  az storage message put "${auth[@]}" --queue-name "$queue" --content "$content" --output none
  az storage message delete "${auth[@]}" --queue-name "$queue-poison" --id "$id" --pop-receipt "$receipt" --output none
  moved=$((moved + 1))
done
echo "moved $moved"
