#!/usr/bin/env bash
# After the code is deployed (`azd deploy`, or `az functionapp deployment source config-zip`):
# creates or updates the Event Grid subscriptions of the blob-triggered functions. They cannot be
# in main.bicep: their endpoint carries the app's blobs_extension key, which the Functions host
# creates only once it runs a blob trigger. Safe to run again; run it after every deployment
# that adds a blob-triggered function, and after rotating the blobs_extension key.
#
#   infra/scripts/post-deploy.sh [--resource-group RG] [--app NAME] [--topic NAME]
#
# Defaults come from the azd environment (AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME,
# AZURE_EVENTGRID_SYSTEM_TOPIC_NAME); with only --resource-group, the app and the topic are found
# in the group. Needs: az (signed in) with Contributor on the resource group.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
group="${AZURE_RESOURCE_GROUP:-}"
app="${AZURE_FUNCTION_APP_NAME:-}"
topic="${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:-}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --resource-group|-g) group="$2"; shift 2 ;;
    --app|-n) app="$2"; shift 2 ;;
    --topic) topic="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$group" ]] || { echo "no resource group: pass --resource-group or set AZURE_RESOURCE_GROUP" >&2; exit 2; }
command -v az >/dev/null || { echo "the Azure CLI (az) is required" >&2; exit 2; }

if [[ -z "$app" ]]; then
  app="$(az functionapp list --resource-group "$group" --query '[0].name' --output tsv)"
fi
if [[ -z "$topic" ]]; then
  topic="$(az eventgrid system-topic list --resource-group "$group" --query '[0].name' --output tsv)"
fi
[[ -n "$app" && -n "$topic" ]] || { echo "no function app or system topic in $group: deploy infra/main.bicep first" >&2; exit 1; }

host="$(az functionapp show --resource-group "$group" --name "$app" --query defaultHostName --output tsv)"

# The host creates the key when it first indexes a blob trigger: give a fresh deployment time.
key=""
for attempt in $(seq 1 20); do
  key="$(az functionapp keys list --resource-group "$group" --name "$app" --query systemKeys.blobs_extension --output tsv 2>/dev/null || true)"
  [[ -n "$key" ]] && break
  [[ $attempt -eq 20 ]] && { echo "no blobs_extension key on $app: is code with a blob trigger deployed?" >&2; exit 1; }
  echo "waiting for the blobs_extension key of $app ($attempt/20)..."
  sleep 15
done

deployed="$(az functionapp function list --resource-group "$group" --name "$app" --query '[].name' --output tsv | sed 's|.*/||' | paste -sd, -)"
deployed_json="[$(printf '%s' "$deployed" | sed 's/[^,][^,]*/"&"/g')]"

# The key goes to the deployment in a file only this user can read, never on a command line.
umask 077
parameters="$(mktemp)"
trap 'rm -f "$parameters"' EXIT
cat > "$parameters" <<JSON
{
  "\$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "systemTopicName": { "value": "$topic" },
    "functionAppHost": { "value": "$host" },
    "blobsExtensionKey": { "value": "$key" },
    "deployedFunctions": { "value": $deployed_json }
  }
}
JSON

az deployment group create \
  --resource-group "$group" \
  --name event-subscriptions \
  --template-file "$here/../event-subscriptions.bicep" \
  --parameters "@$parameters" \
  --query '{subscribed: properties.outputs.subscribedFunctions.value, pending: properties.outputs.pendingFunctions.value}' \
  --output jsonc
