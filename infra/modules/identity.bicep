metadata name = 'User-assigned managed identity'
metadata description = 'The identity the function app uses for storage, Key Vault, Application Insights and Microsoft Graph.'

@description('Required. Name of the identity.')
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resource.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('The name of the identity.')
output name string = identity.name

@description('The resource ID of the identity.')
output resourceId string = identity.id

@description('The principal (object) ID, for role assignments and Graph app-role grants.')
output principalId string = identity.properties.principalId

@description('The client (application) ID, for AZURE_CLIENT_ID and the storage connections.')
output clientId string = identity.properties.clientId
