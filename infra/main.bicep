metadata name = 'Amtza HaDerech integrations hub'
metadata description = 'Everything the hub needs in Azure: a resource group with a Flex Consumption function app (.NET isolated) running as a user-assigned identity, its storage, Key Vault, Event Grid topic, monitoring and alerts. No keys: every access is by Microsoft Entra ID and Azure RBAC, with the least role that does the job. Closed by default: storage and Key Vault answer only their private endpoints in the app\'s network (and the addresses listed here); every read, write and delete of the data is in the access log.'

targetScope = 'subscription'

import { accessibilityType, centerType, facebookType, reportChannelsType, roles, smsType, spotType } from 'modules/types.bicep'

// ---------------------------------------------------------------- where and what

@description('Required. Name of the environment (dev, test, prod); part of every resource name.')
@minLength(2)
@maxLength(12)
param environmentName string

@description('Required. Azure region of every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string

@description('Optional. Resource group to create or reuse.')
param resourceGroupName string = 'rg-amtza-${environmentName}'

@description('Optional. Tags on every resource.')
param tags object = {}

@description('Optional. Object ID of the person or group who runs the hub: may set Key Vault secrets and read and replay the hub\'s blobs, queues and tables. Empty: nobody is granted.')
param operatorPrincipalId string = ''

@description('Optional. Kind of the operator principal.')
@allowed(['User', 'Group', 'ServicePrincipal'])
param operatorPrincipalType string = 'User'

// ---------------------------------------------------------------- sizing and protection

@description('Optional. Redundancy of the hub\'s data.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param dataStorageSku string = 'Standard_ZRS'

@description('Optional. Days a deleted or overwritten blob, or a deleted container, of the hub\'s data can be restored.')
@minValue(2)
@maxValue(365)
param dataDeleteRetentionDays int = 30

@description('Optional. Blob versioning and point-in-time restore of the hub\'s data. Ignored when SFTP is on (a hierarchical namespace does not support them).')
param enablePointInTimeRestore bool = true

@description('Optional. A CanNotDelete lock on the data account, against deleting the hub\'s data by mistake.')
param enableDeleteLock bool = true

@description('Optional. Key Vault purge protection (cannot be turned off once on).')
param enableKeyVaultPurgeProtection bool = true

@description('Optional. Days logs are kept.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Optional. Days the access log is kept: every read, write and delete of the hub\'s data, every Key Vault operation. Israel\'s Privacy Protection (Data Security) Regulations ask for at least 24 months.')
@minValue(30)
@maxValue(4383)
param accessLogRetentionInDays int = 730

@description('Optional. Address space of the hub\'s virtual network (a /16 or larger; the app\'s subnet and the private endpoints\' take its first two /24).')
param virtualNetworkAddressPrefix string = '10.60.0.0/16'

@description('Optional. Public addresses of the people who administer the hub (IPv4, or CIDR ranges no smaller than /30), let through the firewalls of the data account and Key Vault: to set secrets, replay a poison queue, read a blob. Empty: no way in from the internet (docs/operations.md, "Opening a way in").')
param administratorAddresses string[] = []

@description('Optional. Most instances the function app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Optional. Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Optional. Who is e-mailed when an alert fires.')
param alertEmailAddresses string[] = []

@description('Optional. Failed function executions in 15 minutes above which the failure alert fires.')
@minValue(0)
param functionFailureThreshold int = 0

// ---------------------------------------------------------------- SFTP drop for the Employment Service

@description('Optional. An SFTP endpoint where the Employment Service drops its files into inbound/employment-service/. Needs a hierarchical namespace, which is chosen only when the data account is created: see docs/operations.md before turning it on for an existing environment.')
param enableSftp bool = false

@description('Optional. The Employment Service\'s SSH public keys (OpenSSH format), when SFTP is on.')
param sftpPublicKeys string[] = []

@description('Optional. The addresses the Employment Service connects from to the SFTP drop (IPv4, or CIDR ranges no smaller than /30): the only ones its firewall lets in, when SFTP is on.')
param sftpSourceAddresses string[] = []

// ---------------------------------------------------------------- the hub's settings

@description('Required. The program\'s code in the Employment Service\'s national system (Hub__ProgramCode).')
@minLength(4)
@maxLength(4)
param programCode string

@description('Optional. The program\'s name in every message, page and report (Hub__ProgramName); its Russian and Arabic forms are the hub\'s defaults unless set (Hub__ProgramNameTranslations__<lang>).')
param programName string = 'אמצע הדרך'

@description('Required. The accessibility coordinator the accessibility statement names (Accessibility__*).')
param accessibility accessibilityType

@description('Required. The program\'s centers, in report order (Centers__Items).')
@minLength(1)
param centers centerType[]

@description('Optional. Per center id, the Teams channel its reports go to (Reports__Teams__<centerId>__*). Its Workflows webhook URL is the Key Vault secret teams-webhook-url-<centerId>.')
param reportChannels reportChannelsType = {}

@description('Optional. How the hub talks to SPOT (Spot__*). The client secret is the Key Vault secret spot-client-secret.')
param spot spotType = {
  mode: 'file'
}

@description('Optional. Facebook Graph API address and version (Facebook__*). App secret, verify token and page token are Key Vault secrets.')
param facebook facebookType = {
  graphBaseUrl: 'https://graph.facebook.com'
  apiVersion: 'v24.0'
}

@description('Required. The shared mailbox the hub sends e-mail from through Microsoft Graph (Graph__SenderMailbox).')
param senderMailbox string

@description('Optional. The SMS provider (Sms__*). The API key is the Key Vault secret sms-api-key.')
param sms smsType = {
  baseUrl: ''
  sender: 'AmtzaDerech'
}

@description('Optional. Public address of the personal pages in messages (FollowUps__PublicBaseUrl). Empty: the function app\'s own https://<app>.azurewebsites.net.')
param publicBaseUrl string = ''

// ---------------------------------------------------------------- names

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var allTags = union(tags, { 'azd-env-name': environmentName, application: 'amtza-haderech-hub' })
var functionAppName = 'func-amtza-${environmentName}-${resourceToken}'
var keyVaultName = 'kv-amtza-${resourceToken}'
var dataStorageName = 'sthub${resourceToken}'
var hostStorageName = 'stfn${resourceToken}'
var deploymentContainerName = 'app-package'
var deadLetterContainerName = 'eventgrid-deadletter'

// Names the library declares in AmtzaHaderech.Integrations.Storage.StorageNames; a test keeps
// these lists equal to it.
var hubContainers = ['inbound', 'raw', 'quarantine', 'outbound', 'reports', 'spot-mirror']
var hubTables = [
  'participants'
  'identitykeys'
  'intakeledger'
  'intakekeys'
  'reviews'
  'feedback'
  'checkpoints'
  'outbox'
  'followups'
  'spotparticipants'
  'spotepisodes'
  'spotactivities'
  'facebookleads'
  'shortlinks'
  'workshops'
]
// Each queue with the -poison twin where the Functions host moves a message that failed every try.
var hubQueues = [
  'referrals'
  'referrals-poison'
  'facebook-leads'
  'facebook-leads-poison'
  'spot-outbox'
  'spot-outbox-poison'
]

// ---------------------------------------------------------------- settings

var storageSuffix = environment().suffixes.storage
var keyVaultUri = 'https://${keyVaultName}${environment().suffixes.keyvaultDns}/'
var appBaseUrl = empty(publicBaseUrl) ? 'https://${functionAppName}.azurewebsites.net' : publicBaseUrl

// Lists become indexed settings: Centers__Items__0__Id, ...__Cities__1__Aliases__0.
var centerEntries = flatten(map(range(0, length(centers)), i => concat(
  [
    { key: 'Centers__Items__${i}__Id', value: centers[i].id }
    { key: 'Centers__Items__${i}__Name', value: centers[i].name }
    { key: 'Centers__Items__${i}__Phone', value: centers[i].phone }
  ],
  flatten(map(range(0, length(centers[i].?cities ?? [])), j => concat(
    [{ key: 'Centers__Items__${i}__Cities__${j}__Name', value: centers[i].cities![j].name }],
    map(range(0, length(centers[i].cities![j].?aliases ?? [])), k => {
      key: 'Centers__Items__${i}__Cities__${j}__Aliases__${k}'
      value: centers[i].cities![j].aliases![k]
    })
  )))
)))

// Per center with a Teams channel: Reports__Teams__<centerId>__TeamId, __ChannelId, __WebhookUrl.
var teamsEntries = flatten(map(items(reportChannels), c => [
  { key: 'Reports__Teams__${c.key}__TeamId', value: c.value.teamId }
  { key: 'Reports__Teams__${c.key}__ChannelId', value: c.value.channelId }
  {
    key: 'Reports__Teams__${c.key}__WebhookUrl'
    value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/teams-webhook-url-${c.key}/)'
  }
]))

var listSettings = toObject(concat(centerEntries, teamsEntries), e => e.key, e => e.value)

// ---------------------------------------------------------------- resources

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: resourceGroupName
  location: location
  tags: allTags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  name: 'hub-identity'
  params: {
    name: 'id-amtza-${environmentName}'
    location: location
    tags: allTags
  }
}

var appRole = { principalId: identity.outputs.principalId, principalType: 'ServicePrincipal' }
var operatorRoles = empty(operatorPrincipalId) ? [] : [
  { principalId: operatorPrincipalId, principalType: operatorPrincipalType, roleDefinitionId: roles.storageBlobDataContributor }
  { principalId: operatorPrincipalId, principalType: operatorPrincipalType, roleDefinitionId: roles.storageQueueDataContributor }
  { principalId: operatorPrincipalId, principalType: operatorPrincipalType, roleDefinitionId: roles.storageTableDataContributor }
]

module network 'modules/network.bicep' = {
  scope: resourceGroup
  name: 'hub-network'
  params: {
    name: 'vnet-amtza-${environmentName}'
    location: location
    tags: allTags
    addressPrefix: virtualNetworkAddressPrefix
  }
}

// The privatelink DNS zone of each private endpoint group: blob, queue, table, vault.
var privateDnsZones = toObject(network.outputs.dnsZones, zone => zone.group, zone => zone.id)
var storageDnsZones = {
  blob: privateDnsZones.blob
  queue: privateDnsZones.queue
  table: privateDnsZones.table
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  name: 'hub-monitoring'
  params: {
    logAnalyticsName: 'log-amtza-${environmentName}'
    applicationInsightsName: 'appi-amtza-${environmentName}'
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
    accessLogRetentionInDays: accessLogRetentionInDays
    roleAssignments: [union(appRole, { roleDefinitionId: roles.monitoringMetricsPublisher })]
  }
}

// The Functions host's own storage (keys, leases, the deployment package), apart from the
// hub's data so that the data account's options (SFTP, restore) never touch the host.
module hostStorage 'modules/storage-account.bicep' = {
  scope: resourceGroup
  name: 'hub-host-storage'
  params: {
    name: hostStorageName
    location: location
    tags: allTags
    skuName: 'Standard_LRS'
    containers: [deploymentContainerName]
    // Nothing outside the network needs it: public access off.
    privateEndpointSubnetId: network.outputs.privateEndpointSubnetId
    privateDnsZoneIds: storageDnsZones
    roleAssignments: [
      union(appRole, { roleDefinitionId: roles.storageBlobDataContributor })
      union(appRole, { roleDefinitionId: roles.storageQueueDataContributor })
      union(appRole, { roleDefinitionId: roles.storageTableDataContributor })
    ]
  }
}

module dataStorage 'modules/storage-account.bicep' = {
  scope: resourceGroup
  name: 'hub-data-storage'
  params: {
    name: dataStorageName
    location: location
    tags: allTags
    skuName: dataStorageSku
    containers: concat(hubContainers, [deadLetterContainerName])
    tables: hubTables
    queues: hubQueues
    deleteRetentionDays: dataDeleteRetentionDays
    enablePointInTimeRestore: enablePointInTimeRestore
    enableDeleteLock: enableDeleteLock
    isHnsEnabled: enableSftp
    sftpLocalUsers: enableSftp
      ? [
          {
            name: 'employmentservice'
            container: 'inbound'
            homeDirectory: 'inbound/employment-service'
            publicKeys: sftpPublicKeys
          }
        ]
      : []
    // Through the firewall: the Employment Service's SFTP addresses, the administrators', and
    // Event Grid writing dead letters with its own identity. Everyone else: the private endpoints.
    allowedAddresses: concat(enableSftp ? sftpSourceAddresses : [], administratorAddresses)
    allowTrustedServices: true
    privateEndpointSubnetId: network.outputs.privateEndpointSubnetId
    privateDnsZoneIds: storageDnsZones
    accessLogWorkspaceId: monitoring.outputs.workspaceResourceId
    roleAssignments: concat(
      [
        union(appRole, { roleDefinitionId: roles.storageBlobDataContributor })
        union(appRole, { roleDefinitionId: roles.storageQueueDataContributor })
        union(appRole, { roleDefinitionId: roles.storageTableDataContributor })
      ],
      operatorRoles
    )
  }
}

module keyVault 'modules/key-vault.bicep' = {
  scope: resourceGroup
  name: 'hub-key-vault'
  params: {
    name: keyVaultName
    location: location
    tags: allTags
    enablePurgeProtection: enableKeyVaultPurgeProtection
    allowedAddresses: administratorAddresses
    privateEndpointSubnetId: network.outputs.privateEndpointSubnetId
    privateDnsZoneId: privateDnsZones.vault
    auditLogWorkspaceId: monitoring.outputs.workspaceResourceId
    roleAssignments: concat(
      [union(appRole, { roleDefinitionId: roles.keyVaultSecretsUser })],
      empty(operatorPrincipalId)
        ? []
        : [
            {
              principalId: operatorPrincipalId
              principalType: operatorPrincipalType
              roleDefinitionId: roles.keyVaultSecretsOfficer
            }
          ]
    )
  }
}

module eventGrid 'modules/event-grid.bicep' = {
  scope: resourceGroup
  name: 'hub-event-grid'
  params: {
    name: 'evgt-amtza-${environmentName}-blobs'
    location: location
    tags: allTags
    storageAccountName: dataStorage.outputs.name
    deadLetterContainerName: deadLetterContainerName
  }
}

module functionApp 'modules/function-app.bicep' = {
  scope: resourceGroup
  name: 'hub-function-app'
  params: {
    name: functionAppName
    planName: 'plan-amtza-${environmentName}'
    location: location
    // azd finds the app to deploy by this tag (service "hub" in azure.yaml).
    tags: union(allTags, { 'azd-service-name': 'hub' })
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    hostStorageAccountName: hostStorage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    virtualNetworkSubnetId: network.outputs.appSubnetId
    // Every setting the hub reads, one literal object so the compiled template lists them by
    // name. Secrets are Key Vault references to the secret's latest version (the app picks
    // up a new version within a day, or at once on restart).
    appSettings: {
      Storage__blobServiceUri: 'https://${dataStorageName}.blob.${storageSuffix}'
      Storage__queueServiceUri: 'https://${dataStorageName}.queue.${storageSuffix}'
      Storage__tableServiceUri: 'https://${dataStorageName}.table.${storageSuffix}'
      Storage__credential: 'managedidentity'
      Storage__clientId: identity.outputs.clientId
      Hub__ProgramCode: programCode
      Hub__ProgramName: programName
      Accessibility__CoordinatorName: accessibility.coordinatorName
      Accessibility__Phone: accessibility.phone
      Accessibility__Email: accessibility.email
      Hub__IdentityKeySecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/hub-identity-key-secret/)'
      Spot__Mode: spot.mode
      Spot__BaseUrl: spot.?baseUrl ?? ''
      Spot__TokenUrl: spot.?tokenUrl ?? ''
      Spot__ClientId: spot.?clientId ?? ''
      Spot__Scope: spot.?scope ?? ''
      Spot__ClientSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/spot-client-secret/)'
      Facebook__GraphBaseUrl: facebook.graphBaseUrl
      Facebook__ApiVersion: facebook.apiVersion
      Facebook__AppSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/facebook-app-secret/)'
      Facebook__VerifyToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/facebook-verify-token/)'
      Facebook__PageAccessToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/facebook-page-access-token/)'
      Graph__SenderMailbox: senderMailbox
      Sms__BaseUrl: sms.baseUrl
      Sms__Sender: sms.sender
      Sms__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/sms-api-key/)'
      FollowUps__PublicBaseUrl: appBaseUrl
      FollowUps__LinkSigningKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/followups-link-signing-key/)'
      Reports__ProgramChannel: 'head-office'
      Reports__GraphBaseUrl: 'https://graph.microsoft.com/v1.0'
      Reports__RootFolder: 'Reports'
    }
    listSettings: listSettings
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The app reads Key Vault references and its storage as soon as it starts.
  dependsOn: [keyVault, dataStorage]
}

module alerts 'modules/alerts.bicep' = {
  scope: resourceGroup
  name: 'hub-alerts'
  params: {
    namePrefix: 'amtza-${environmentName}'
    location: location
    tags: allTags
    applicationInsightsResourceId: monitoring.outputs.resourceId
    emailAddresses: alertEmailAddresses
    functionFailureThreshold: functionFailureThreshold
  }
}

// ---------------------------------------------------------------- outputs (azd keeps them as environment values)

@description('The resource group.')
output AZURE_RESOURCE_GROUP string = resourceGroup.name

@description('The function app.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('The function app\'s host name.')
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.defaultHostName

@description('The Key Vault that holds the hub\'s secrets.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('The storage account of the hub\'s data.')
output AZURE_STORAGE_ACCOUNT_NAME string = dataStorage.outputs.name

@description('The Event Grid system topic of the data account.')
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name

@description('The container undeliverable blob events are dead-lettered to.')
output AZURE_EVENTGRID_DEADLETTER_CONTAINER_ID string = eventGrid.outputs.deadLetterContainerResourceId

@description('The Application Insights component.')
output AZURE_APPLICATION_INSIGHTS_NAME string = monitoring.outputs.name

@description('The managed identity\'s principal ID, to grant Microsoft Graph application permissions to.')
output AZURE_FUNCTION_APP_PRINCIPAL_ID string = identity.outputs.principalId

@description('The callback URL to give Facebook.')
output FACEBOOK_WEBHOOK_URL string = 'https://${functionApp.outputs.defaultHostName}/api/webhooks/facebook'

@description('The Key Vault secrets each center\'s Teams webhook URL goes in.')
output TEAMS_WEBHOOK_SECRET_NAMES string[] = map(objectKeys(reportChannels), id => 'teams-webhook-url-${id}')

@description('The SFTP host and user for the Employment Service, when SFTP is on.')
output SFTP_LOGIN string = enableSftp ? '${dataStorageName}.employmentservice@${dataStorageName}.blob.${storageSuffix}' : ''
