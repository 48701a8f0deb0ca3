metadata name = 'Storage account'
metadata description = 'A StorageV2 account reachable only with Microsoft Entra ID (no shared keys) and, by default, only through private endpoints (its firewall denies every public address not listed), with its containers, tables, queues, data protection, access log and role assignments.'

import { roleAssignmentType, sftpLocalUserType } from 'types.bicep'

@description('Required. Name of the account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resource.')
param tags object = {}

@description('Optional. Redundancy.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param skuName string = 'Standard_LRS'

@description('Optional. Blob containers to create.')
param containers string[] = []

@description('Optional. Tables to create.')
param tables string[] = []

@description('Optional. Queues to create.')
param queues string[] = []

@description('Optional. Days a deleted or overwritten blob, or a deleted container, can be restored (soft delete).')
@minValue(2)
@maxValue(365)
param deleteRetentionDays int = 7

@description('Optional. Blob versioning, change feed and point-in-time restore (for deleteRetentionDays - 1 days). Not available with a hierarchical namespace.')
param enablePointInTimeRestore bool = false

@description('Optional. Hierarchical namespace (Data Lake Storage); required by SFTP. Can only be chosen when the account is created.')
param isHnsEnabled bool = false

@description('Optional. SFTP endpoint with these local users (SSH keys only). Needs isHnsEnabled.')
param sftpLocalUsers sftpLocalUserType[] = []

@description('Optional. Roles to grant on the account.')
param roleAssignments roleAssignmentType[] = []

@description('Optional. A CanNotDelete lock: the account (and so its data) cannot be deleted until the lock is removed.')
param enableDeleteLock bool = false

@description('Optional. Public addresses let through the firewall: IPv4 addresses, or ranges in CIDR notation no smaller than /30. Every other public address is denied.')
param allowedAddresses string[] = []

@description('Optional. Let the Azure services Microsoft trusts through the firewall when they present a managed identity holding a role here (Event Grid writing dead letters). Public network access then stays on, behind the firewall.')
param allowTrustedServices bool = false

@description('Optional. The subnet of the account\'s private endpoints. Empty: none.')
param privateEndpointSubnetId string = ''

@description('Optional. Per private endpoint group (blob, queue, table): the resource ID of its privatelink DNS zone.')
param privateDnsZoneIds object = {}

@description('Optional. The Log Analytics workspace that receives the access log of the blob, queue and table services: every read, write and delete. Empty: none.')
param accessLogWorkspaceId string = ''

var isSftpEnabled = !empty(sftpLocalUsers)
// The access log: each read, write and delete of the data, by whom, from where.
var accessLogCategories = ['StorageRead', 'StorageWrite', 'StorageDelete']
// Versioning, change feed and point-in-time restore are unsupported on hierarchical-namespace accounts.
var pointInTimeRestore = enablePointInTimeRestore && !isHnsEnabled

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    dnsEndpointType: 'Standard'
    isHnsEnabled: isHnsEnabled
    isSftpEnabled: isSftpEnabled
    isLocalUserEnabled: isSftpEnabled
    minimumTlsVersion: 'TLS1_2'
    // Closed: the firewall denies every public address; with no exception to apply, public
    // access is off altogether and only the private endpoints answer.
    publicNetworkAccess: empty(allowedAddresses) && !allowTrustedServices ? 'Disabled' : 'Enabled'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      bypass: allowTrustedServices ? 'AzureServices' : 'None'
      defaultAction: 'Deny'
      ipRules: [
        for address in allowedAddresses: {
          value: address
          action: 'Allow'
        }
      ]
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    isVersioningEnabled: pointInTimeRestore
    changeFeed: {
      enabled: pointInTimeRestore
    }
    restorePolicy: {
      enabled: pointInTimeRestore
      days: pointInTimeRestore ? deleteRetentionDays - 1 : null
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = [
  for container in containers: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-06-01' = {
  parent: storage
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-06-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2026-06-01' = {
  parent: storage
  name: 'default'
}

resource storageQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2026-06-01' = [
  for queue in queues: {
    parent: queueService
    name: queue
  }
]

resource localUsers 'Microsoft.Storage/storageAccounts/localUsers@2026-06-01' = [
  for user in sftpLocalUsers: {
    parent: storage
    name: user.name
    properties: {
      homeDirectory: user.homeDirectory
      hasSshKey: true
      hasSshPassword: false
      hasSharedKey: false
      // Create, write and list: enough to drop a file, nothing to read or delete one.
      permissionScopes: [
        {
          service: 'blob'
          resourceName: user.container
          permissions: 'cwl'
        }
      ]
      sshAuthorizedKeys: [
        for (key, i) in user.publicKeys: {
          description: '${user.name}-${i}'
          key: key
        }
      ]
    }
    dependsOn: [blobContainers]
  }
]

// The one stable version (2016-09-01) knows neither resource-specific tables nor today's
// categories; 2021-05-01-preview is the version Azure documents and the verified modules use.
#disable-next-line use-recent-api-versions
resource blobAccessLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(accessLogWorkspaceId)) {
  name: 'access-log'
  scope: blobService
  properties: {
    workspaceId: accessLogWorkspaceId
    logs: [for category in accessLogCategories: { category: category, enabled: true }]
  }
}

// The one stable version (2016-09-01) knows neither resource-specific tables nor today's
// categories; 2021-05-01-preview is the version Azure documents and the verified modules use.
#disable-next-line use-recent-api-versions
resource queueAccessLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(accessLogWorkspaceId)) {
  name: 'access-log'
  scope: queueService
  properties: {
    workspaceId: accessLogWorkspaceId
    logs: [for category in accessLogCategories: { category: category, enabled: true }]
  }
}

// The one stable version (2016-09-01) knows neither resource-specific tables nor today's
// categories; 2021-05-01-preview is the version Azure documents and the verified modules use.
#disable-next-line use-recent-api-versions
resource tableAccessLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(accessLogWorkspaceId)) {
  name: 'access-log'
  scope: tableService
  properties: {
    workspaceId: accessLogWorkspaceId
    logs: [for category in accessLogCategories: { category: category, enabled: true }]
  }
}

module privateEndpoints 'private-endpoints.bicep' = if (!empty(privateEndpointSubnetId)) {
  name: '${name}-private-endpoints'
  params: {
    resourceName: name
    resourceId: storage.id
    location: location
    tags: tags
    subnetId: privateEndpointSubnetId
    groups: privateDnsZoneIds
  }
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(storage.id, assignment.principalId, assignment.roleDefinitionId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
      principalId: assignment.principalId
      principalType: assignment.?principalType ?? 'ServicePrincipal'
    }
  }
]

resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = if (enableDeleteLock) {
  name: '${name}-no-delete'
  scope: storage
  properties: {
    level: 'CanNotDelete'
    notes: 'The hub\'s data. Remove this lock only to delete the environment on purpose.'
  }
}

@description('The name of the account.')
output name string = storage.name

@description('The resource ID of the account.')
output resourceId string = storage.id
