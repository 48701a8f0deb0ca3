// A development environment, and the file azd uses: azd sets AZURE_ENV_NAME, AZURE_LOCATION
// and AZURE_PRINCIPAL_ID. Production has its own file, env/prod.bicepparam.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')
param operatorPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')

param programCode = '4521'
param centers = loadJsonContent('env/centers.json')
param accessibility = {
  coordinatorName: 'שרית בן דוד'
  phone: '03-7654300'
  email: 'accessibility@example.org'
}
param senderMailbox = readEnvironmentVariable('AMTZA_SENDER_MAILBOX', 'amtza-dev@example.org')
param alertEmailAddresses = empty(readEnvironmentVariable('AMTZA_ALERT_EMAIL', ''))
  ? []
  : [readEnvironmentVariable('AMTZA_ALERT_EMAIL', '')]

// Cheaper and disposable: a deleted dev vault can be recreated under the same name at once.
param dataStorageSku = 'Standard_LRS'
param dataDeleteRetentionDays = 7
param enableKeyVaultPurgeProtection = false
param enableDeleteLock = false
param logRetentionInDays = 30
param accessLogRetentionInDays = 90

// Storage and Key Vault are closed to the internet. azd's post-provision step sets Key Vault
// secrets from this machine: set AMTZA_ADMIN_ADDRESS to its public address (curl -s ifconfig.me)
// before `azd provision`, or run the step from inside the network (docs/operations.md).
param administratorAddresses = empty(readEnvironmentVariable('AMTZA_ADMIN_ADDRESS', ''))
  ? []
  : [readEnvironmentVariable('AMTZA_ADMIN_ADDRESS', '')]
