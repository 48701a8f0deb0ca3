metadata name = 'Monitoring'
metadata description = 'Log Analytics workspace and a workspace-based Application Insights that accepts only Microsoft Entra ID authenticated telemetry; the access log\'s tables kept for their own retention; telemetry cleaned of tokens as it lands.'

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

// KQL that replaces, in `column`, the first text group `group` of `pattern` finds with `placeholder`.
func replaceFirst(column string, pattern string, group int, placeholder string) string =>
  '| extend FoundValue = extract(${pattern}, ${group}, ${column}) | extend ${column} = iif(strlen(FoundValue) == 0, ${column}, strcat(substring(${column}, 0, indexof(${column}, FoundValue)), "${placeholder}", substring(${column}, indexof(${column}, FoundValue) + strlen(FoundValue)))) | project-away FoundValue'

@description('Optional. Roles to grant on the Application Insights component (Monitoring Metrics Publisher for the app).')
param roleAssignments roleAssignmentType[] = []

@description('Optional. Days the access log is kept: the storage account\'s reads, writes and deletes and Key Vault\'s audit events. Searchable for the workspace\'s retention, then archived for the rest. Israel\'s Privacy Protection (Data Security) Regulations ask for 24 months.')
@minValue(30)
@maxValue(4383)
param accessLogRetentionInDays int = 730

// The tables the access log lands in (docs/security.md, "Access log").
var accessLogTables = ['StorageBlobLogs', 'StorageQueueLogs', 'StorageTableLogs', 'AZKVAuditLogs']

// Telemetry the Functions host records itself (its request rows, its own log lines, its call to
// the worker) carries a request's URL, and so a personal link's token: as each row lands, the
// workspace replaces the token with {token} and a secret query value with [redacted]. The worker
// cleans its own telemetry before sending it (HubTelemetry). Transformations allow no
// replace_regex, so each value is cut around what extract() finds.
var tokenPattern = '@"/[srwul]/([A-Za-z0-9_-]+)"'
var secretPattern = '@"[?&](access_token|appsecret_proof|hub[.]verify_token|code)=([^&# ]+)"'
var redactedColumns = {
  AppRequests: ['Url', 'Name', 'OperationName']
  AppTraces: ['Message']
  AppDependencies: ['Data', 'Name']
}

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

resource accessLogRetention 'Microsoft.OperationalInsights/workspaces/tables@2025-07-01' = [
  for table in accessLogTables: {
    parent: workspace
    name: table
    properties: {
      retentionInDays: min(retentionInDays, accessLogRetentionInDays)
      totalRetentionInDays: accessLogRetentionInDays
    }
  }
]

resource telemetryTransforms 'Microsoft.Insights/dataCollectionRules@2024-03-11' = {
  name: '${logAnalyticsName}-transforms'
  location: location
  tags: tags
  kind: 'WorkspaceTransforms'
  properties: {
    destinations: {
      logAnalytics: [
        {
          name: 'workspace'
          workspaceResourceId: workspace.id
        }
      ]
    }
    dataFlows: [
      for table in items(redactedColumns): {
        streams: ['Microsoft-Table-${table.key}']
        destinations: ['workspace']
        transformKql: 'source ${join(map(table.value, column => '${replaceFirst(column, tokenPattern, 1, '{token}')} ${replaceFirst(column, secretPattern, 2, '[redacted]')}'), ' ')}'
      }
    ]
  }
}

// The workspace applies the rule once it names it; the rule needed the workspace first.
module telemetryTransformsLink 'workspace-transforms.bicep' = {
  name: '${logAnalyticsName}-transforms-link'
  params: {
    name: workspace.name
    location: location
    tags: tags
    retentionInDays: retentionInDays
    dataCollectionRuleId: telemetryTransforms.id
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
