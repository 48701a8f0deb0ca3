metadata name = 'The workspace with its transformation rule'
metadata description = 'The Log Analytics workspace again, now naming its ingestion-time transformation rule (defaultDataCollectionRuleResourceId). A second step because the rule names the workspace as its destination, so it can only be made once the workspace exists; every other property is the one monitoring.bicep gives it.'

@description('Required. Name of the workspace.')
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resource.')
param tags object = {}

@description('Required. Days logs are kept (as monitoring.bicep sets it).')
param retentionInDays int

@description('Required. Resource ID of the WorkspaceTransforms data collection rule.')
param dataCollectionRuleId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
    }
    defaultDataCollectionRuleResourceId: dataCollectionRuleId
  }
}

@description('The resource ID of the workspace.')
output resourceId string = workspace.id
