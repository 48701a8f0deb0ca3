metadata name = 'Function app on Flex Consumption'
metadata description = 'A Linux function app (.NET isolated) on an FC1 plan, running as a user-assigned identity, with identity-based host storage, a deployment container and no publishing credentials.'

@description('Required. Name of the function app; its default host is <name>.azurewebsites.net.')
param name string

@description('Required. Name of the Flex Consumption plan.')
param planName string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resources.')
param tags object = {}

@description('Required. Resource ID of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Required. Client ID of that identity.')
param identityClientId string

@description('Required. Name of the storage account of the Functions host (AzureWebJobsStorage) and the deployment package.')
param hostStorageAccountName string

@description('Required. Blob container of that account that holds the deployment package.')
param deploymentContainerName string

@description('Required. Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Required. The hub\'s own settings (section__property = value); Key Vault references for secrets.')
param appSettings object

@description('Optional. Further hub settings computed from lists (centers, Teams channels).')
param listSettings object = {}

@description('Optional. The subnet (delegated to Microsoft.App/environments) the app\'s outbound traffic goes through: its storage and Key Vault are reached there, by their private endpoints. Empty: no network integration.')
param virtualNetworkSubnetId string = ''

@description('Optional. .NET version of the isolated worker.')
param runtimeVersion string = '10.0'

@description('Optional. Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Optional. Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var hostStorageSuffix = environment().suffixes.storage

// What the Functions host itself needs. Flex Consumption refuses FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE: functionAppConfig carries them.
var platformSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: 'https://${hostStorageAccountName}.blob.${hostStorageSuffix}'
  AzureWebJobsStorage__queueServiceUri: 'https://${hostStorageAccountName}.queue.${hostStorageSuffix}'
  AzureWebJobsStorage__tableServiceUri: 'https://${hostStorageAccountName}.table.${hostStorageSuffix}'
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential picks the user-assigned identity from this.
  AZURE_CLIENT_ID: identityClientId
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // The pages and webhooks are public; what the app reaches is not.
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: 'https://${hostStorageAccountName}.blob.${hostStorageSuffix}/${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(appSettings, listSettings, platformSettings)
}

// Deployments authenticate with Entra ID; no FTP or basic-auth publishing credentials exist.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('The name of the function app.')
output name string = functionApp.name

@description('The resource ID of the function app.')
output resourceId string = functionApp.id

@description('The default host name, <name>.azurewebsites.net.')
output defaultHostName string = functionApp.properties.defaultHostName
