#!/usr/bin/env bash
# After `azd provision` (or `az deployment sub create`): puts into Key Vault the secrets the hub
# makes itself, once, and lists the secrets someone must still set.
#
#   infra/scripts/post-provision.sh [--key-vault NAME] [--teams-secrets '["teams-webhook-url-tlv"]']
#
# Defaults come from the azd environment (AZURE_KEY_VAULT_NAME, TEAMS_WEBHOOK_SECRET_NAMES).
# Needs: az (signed in), openssl, Key Vault Secrets Officer on the vault (main.bicep grants it
# to operatorPrincipalId), and a way in: the vault answers only its private endpoint and the
# addresses in administratorAddresses. Never overwrites a secret that exists: the identity key in particular
# must not change, or the identity index no longer matches anyone.
set -euo pipefail

vault="${AZURE_KEY_VAULT_NAME:-}"
teams_secrets="${TEAMS_WEBHOOK_SECRET_NAMES:-[]}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --key-vault) vault="$2"; shift 2 ;;
    --teams-secrets) teams_secrets="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$vault" ]] || { echo "no Key Vault: pass --key-vault or set AZURE_KEY_VAULT_NAME" >&2; exit 2; }
command -v az >/dev/null || { echo "the Azure CLI (az) is required" >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 2; }

# Secrets the hub generates: HMAC keys and the token Facebook echoes back when verifying the webhook.
generated=(hub-identity-key-secret followups-link-signing-key facebook-verify-token)
# Secrets that come from someone else (docs/operations.md says where each one comes from).
external=(spot-client-secret facebook-app-secret facebook-page-access-token sms-api-key)
while IFS= read -r name; do
  [[ -n "$name" ]] && external+=("$name")
done < <(printf '%s\n' "$teams_secrets" | tr -d '[]" ' | tr ',' '\n')

secret_exists() {
  az keyvault secret show --vault-name "$vault" --name "$1" --query id --output tsv >/dev/null 2>&1
}

# A role granted a minute ago can take a few minutes to apply: wait for the vault to answer.
for attempt in $(seq 1 20); do
  if az keyvault secret list --vault-name "$vault" --maxresults 1 --output none 2>/dev/null; then break; fi
  [[ $attempt -eq 20 ]] && { echo "cannot list secrets in $vault: is Key Vault Secrets Officer granted to you, and is this machine's address in administratorAddresses (the vault is closed to the internet: docs/operations.md, \"Opening a way in\")?" >&2; exit 1; }
  echo "waiting for access to $vault ($attempt/20)..."
  sleep 15
done

umask 077
value_file="$(mktemp)"
trap 'rm -f "$value_file"' EXIT

for name in "${generated[@]}"; do
  if secret_exists "$name"; then
    echo "kept      $name"
  else
    openssl rand -hex 32 | tr -d '\n' > "$value_file"
    az keyvault secret set --vault-name "$vault" --name "$name" --file "$value_file" --encoding utf-8 --output none
    echo "generated $name"
  fi
done
: > "$value_file"

missing=()
for name in "${external[@]}"; do
  if secret_exists "$name"; then echo "present   $name"; else missing+=("$name"); fi
done

if [[ ${#missing[@]} -gt 0 ]]; then
  echo
  echo "Still to set in $vault (docs/operations.md, \"Secrets\"); for an integration not used yet, store the word unused:"
  for name in "${missing[@]}"; do
    echo "  read -rs VALUE && az keyvault secret set --vault-name $vault --name $name --file <(printf %s \"\$VALUE\") --output none"
  done
fi
