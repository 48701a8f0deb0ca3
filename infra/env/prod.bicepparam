// Production. Review every value marked REVIEW before the first deployment (docs/operations.md).
using '../main.bicep'

param environmentName = 'prod'
// REVIEW: a region that offers Flex Consumption (az functionapp list-flexconsumption-locations).
param location = 'swedencentral'

// The operators' Entra ID group (object ID): Key Vault secrets, the hub's blobs, queues, tables.
param operatorPrincipalId = readEnvironmentVariable('AMTZA_OPERATORS_GROUP_ID', '')
param operatorPrincipalType = 'Group'

// REVIEW: the program code the Employment Service assigned.
param programCode = '4521'
// REVIEW: the centers' phone numbers in env/centers.json are placeholders.
param centers = loadJsonContent('centers.json')
// REVIEW: the program's shared mailbox (Exchange Online).
// REVIEW: the accessibility coordinator named in the accessibility statement (/accessibility).
param accessibility = {
  coordinatorName: 'שרית בן דוד'
  phone: '03-7654300'
  email: 'accessibility@example.org'
}
param senderMailbox = 'amtza-haderech@example.org'
// REVIEW: who is e-mailed when an alert fires.
param alertEmailAddresses = []

// SPOT in file mode until SPOT issues the hub OAuth2 client credentials; then:
// { mode: 'api', baseUrl: 'https://...', tokenUrl: 'https://.../token', clientId: '...', scope: '...' }
param spot = {
  mode: 'file'
}

// REVIEW: each center's Teams channel, from "Get link to channel": groupId= is the team ID,
// the part after /channel/ (URL-decoded) is the channel ID.
param reportChannels = {}

param dataStorageSku = 'Standard_ZRS'
param dataDeleteRetentionDays = 30
param enablePointInTimeRestore = true
param enableKeyVaultPurgeProtection = true
param enableDeleteLock = true
param logRetentionInDays = 90
// The access log (every read, write and delete of the data; Key Vault's audit): 24 months, the
// Privacy Protection (Data Security) Regulations' minimum. docs/security.md.
param accessLogRetentionInDays = 730

// Closed by default: storage and Key Vault answer only their private endpoints inside the hub's
// network. REVIEW: an administrator who must reach them from outside (to set a secret, replay a
// poison queue) adds their public address here for the time it takes, and removes it after:
// docs/operations.md, "Opening a way in".
param administratorAddresses = []

// The Employment Service's SFTP drop: see docs/operations.md before turning it on.
param enableSftp = false
param sftpPublicKeys = []
// REVIEW with SFTP on: the addresses the Employment Service connects from (they tell us them);
// no other address reaches the SFTP drop.
param sftpSourceAddresses = []
