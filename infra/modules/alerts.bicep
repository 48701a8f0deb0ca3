metadata name = 'Alerts'
metadata description = 'E-mail alerts on poison messages, quarantined files and function failures, from the telemetry in Application Insights.'

@description('Required. Prefix of the alert rule names.')
param namePrefix string

@description('Required. Azure region of the Application Insights component.')
param location string

@description('Optional. Tags of the resources.')
param tags object = {}

@description('Required. Resource ID of the Application Insights component the rules query.')
param applicationInsightsResourceId string

@description('Optional. Who is told (e-mail addresses). Empty: the rules fire and show in the portal only.')
param emailAddresses string[] = []

@description('Optional. Failed function executions in 15 minutes above which the failure alert fires.')
@minValue(0)
param functionFailureThreshold int = 0

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${namePrefix}-operators'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'amtza-ops'
    enabled: true
    emailReceivers: [
      for (address, i) in emailAddresses: {
        name: 'operator-${i}'
        emailAddress: address
        useCommonAlertSchema: true
      }
    ]
  }
}

// The hub emits QuarantinedFiles and FacebookTokenRefused (dimension Channel) and PoisonMessages
// (dimension Queue) as custom metrics; "more than zero in the window" is the signal for each.
var rules = [
  {
    name: 'quarantined-files'
    displayName: 'Amtza hub: files quarantined'
    description: 'An inbound file was quarantined (bad encoding, missing columns, trailer mismatch, too large). See docs/operations.md, "Replaying quarantined files".'
    severity: 2
    query: 'customMetrics | where name == "QuarantinedFiles" | extend Channel = tostring(customDimensions["Channel"]) | summarize Total = sum(valueSum) by Channel'
    dimension: 'Channel'
    threshold: 0
  }
  {
    name: 'poison-messages'
    displayName: 'Amtza hub: poison messages'
    description: 'A queue message failed every retry and sits in a -poison queue. See docs/operations.md, "Replaying poison messages".'
    severity: 1
    query: 'customMetrics | where name == "PoisonMessages" | extend Queue = tostring(customDimensions["Queue"]) | summarize Total = max(valueMax) by Queue'
    dimension: 'Queue'
    threshold: 0
  }
  {
    name: 'facebook-token-refused'
    displayName: 'Amtza hub: Facebook page token refused'
    description: 'Graph refused the Facebook page token (code 190): new leads wait, pending, until it is renewed. See docs/operations.md, "Rotating secrets" (facebook-page-access-token), and docs/facebook.md.'
    severity: 1
    query: 'customMetrics | where name == "FacebookTokenRefused" | extend Channel = tostring(customDimensions["Channel"]) | summarize Total = sum(valueSum) by Channel'
    dimension: 'Channel'
    threshold: 0
  }
  {
    name: 'function-failures'
    displayName: 'Amtza hub: function failures'
    description: 'Function executions failed. See docs/operations.md, "Reading the alerts".'
    severity: 2
    query: 'requests | where success == false | summarize Total = count() by operation_Name'
    dimension: 'operation_Name'
    threshold: functionFailureThreshold
  }
]

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = [
  for rule in rules: {
    name: '${namePrefix}-${rule.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [applicationInsightsResourceId]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Total'
            metricMeasureColumn: 'Total'
            // One alert per channel, queue or function, named in the e-mail.
            dimensions: [
              {
                name: rule.dimension
                operator: 'Include'
                values: ['*']
              }
            ]
            operator: 'GreaterThan'
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: [actionGroup.id]
      }
    }
  }
]

@description('The resource ID of the action group.')
output actionGroupResourceId string = actionGroup.id

@description('The names of the alert rules.')
output alertRuleNames string[] = [for (rule, i) in rules: alertRules[i].name]
