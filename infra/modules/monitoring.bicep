metadata name = 'Monitoring'
metadata description = 'Log Analytics workspace and a workspace-based Application Insights that accepts only Microsoft Entra ID authenticated telemetry.'

import { roleAssignmentType } from 'types.bicep'

@description('Required. Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Required. Name of the Application Insights component.')
param applicationInsightsName string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resources.')
param tags object = {}

@description('Optional. Days logs are kept.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 90

@description('Optional. Roles to grant on the Application Insights component (Monitoring Metrics Publisher for the app).')
param roleAssignments roleAssignmentType[] = []

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: logAnalyticsName
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
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Telemetry must carry an Entra ID token (the app's identity); the connection string alone is not enough.
    DisableLocalAuth: true
  }
}

resource insightsRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in roleAssignments: {
    name: guid(applicationInsights.id, assignment.principalId, assignment.roleDefinitionId)
    scope: applicationInsights
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
      principalId: assignment.principalId
      principalType: assignment.?principalType ?? 'ServicePrincipal'
    }
  }
]

@description('The name of the Application Insights component.')
output name string = applicationInsights.name

@description('The resource ID of the Application Insights component.')
output resourceId string = applicationInsights.id

@description('The Application Insights connection string (an address, not a credential: local authentication is disabled).')
output connectionString string = applicationInsights.properties.ConnectionString

@description('The resource ID of the Log Analytics workspace.')
output workspaceResourceId string = workspace.id
