metadata name = 'Key Vault'
metadata description = 'A vault with Azure RBAC (no access policies) for the secrets the hub reads through Key Vault references, reached through a private endpoint (public network access off unless an administrator\'s address is listed), with its audit log.'

import { roleAssignmentType } from 'types.bicep'

@description('Required. Name of the vault (3-24 letters, digits and dashes).')
@minLength(3)
@maxLength(24)
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resource.')
param tags object = {}

@description('Optional. Purge protection: a deleted vault or secret cannot be purged before its retention ends. Cannot be turned off once on.')
param enablePurgeProtection bool = true

@description('Optional. Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Optional. Roles to grant on the vault.')
param roleAssignments roleAssignmentType[] = []

@description('Optional. Public addresses let through the firewall (IPv4 addresses or CIDR ranges). Empty: public network access is off.')
param allowedAddresses string[] = []

@description('Optional. The subnet of the vault\'s private endpoint. Empty: none.')
param privateEndpointSubnetId string = ''

@description('Optional. The resource ID of the privatelink.vaultcore.azure.net DNS zone.')
param privateDnsZoneId string = ''

@description('Optional. The Log Analytics workspace that receives the vault\'s audit log (AuditEvent: every secret read, every change, every refused attempt). Empty: none.')
param auditLogWorkspaceId string = ''

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The API refuses false once it was true, so "off" is sent as absent.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: empty(allowedAddresses) ? 'Disabled' : 'Enabled'
    networkAcls: {
      bypass: 'None'
      defaultAction: 'Deny'
      ipRules: [for address in allowedAddresses: { value: address }]
    }
  }
}

// The one stable version (2016-09-01) knows neither resource-specific tables nor today's
// categories; 2021-05-01-preview is the version Azure documents and the verified modules use.
#disable-next-line use-recent-api-versions
resource auditLog 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(auditLogWorkspaceId)) {
  name: 'audit-log'
  scope: vault
  properties: {
    workspaceId: auditLogWorkspaceId
    // Resource-specific table AZKVAuditLogs, whose retention the workspace sets apart.
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

module privateEndpoint 'private-endpoints.bicep' = if (!empty(privateEndpointSubnetId)) {
  name: '${name}-private-endpoint'
  params: {
    resourceName: name
    resourceId: vault.id
    location: location
    tags: tags
    subnetId: privateEndpointSubnetId
    groups: {
      vault: privateDnsZoneId
    }
  }
}

resource vaultRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(vault.id, assignment.principalId, assignment.roleDefinitionId)
    scope: vault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
      principalId: assignment.principalId
      principalType: assignment.?principalType ?? 'ServicePrincipal'
    }
  }
]

@description('The name of the vault.')
output name string = vault.name

@description('The resource ID of the vault.')
output resourceId string = vault.id

@description('The vault URI, https://<name>.vault.azure.net/.')
output uri string = vault.properties.vaultUri
