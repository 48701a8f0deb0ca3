metadata name = 'Role assignment on a blob container'
metadata description = 'Grants one role on one container; a module of its own so the principal ID may be known only at deployment time.'

@description('Required. Name of the storage account.')
param storageAccountName string

@description('Required. Name of the container.')
param containerName string

@description('Required. Object ID of the principal (a managed identity).')
param principalId string

@description('Required. The role definition GUID.')
param roleDefinitionId string

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource container 'containers' existing = {
      name: containerName
    }
  }
}

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::container.id, principalId, roleDefinitionId)
  scope: storage::blobService::container
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('The resource ID of the role assignment.')
output resourceId string = assignment.id
