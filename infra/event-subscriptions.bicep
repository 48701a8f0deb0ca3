metadata name = 'Event Grid subscriptions of the blob-triggered functions'
metadata description = 'Deployed by scripts/post-deploy.sh after the code: each subscription\'s endpoint carries the function app\'s blobs_extension key, which exists only once the app runs its blob triggers.'

@description('Required. The Event Grid system topic of the hub\'s storage account (output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME of main.bicep).')
param systemTopicName string

@description('Required. The function app\'s host name, <app>.azurewebsites.net.')
param functionAppHost string

@description('Required. The function app\'s blobs_extension system key.')
@secure()
param blobsExtensionKey string

@description('Required. Functions deployed in the app; a blob trigger not among them gets no subscription yet.')
param deployedFunctions string[]

@description('Optional. Container of the hub\'s storage account that undeliverable events go to.')
param deadLetterContainerName string = 'eventgrid-deadletter'

// Every blob-triggered function of the hub (Source = BlobTriggerSource.EventGrid) and the
// folder of the inbound container it reads.
var blobTriggers = [
  { functionName: 'ImportEmploymentServiceFile', folder: 'employment-service' }
  { functionName: 'ImportMunicipalList', folder: 'municipal' }
  { functionName: 'ImportSpotExport', folder: 'spot-export' }
  { functionName: 'ImportIntakeExport', folder: 'intake' }
]

var subscribed = filter(blobTriggers, t => contains(deployedFunctions, t.functionName))

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [
  for trigger in subscribed: {
    parent: topic
    name: toLower(trigger.functionName)
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          // Built from the @secure() key; the linter cannot follow a secure value through interpolation.
          #disable-next-line use-secure-value-for-secure-inputs
          endpointUrl: 'https://${functionAppHost}/runtime/webhooks/blobs?functionName=Host.Functions.${trigger.functionName}&code=${blobsExtensionKey}'
          maxEventsPerBatch: 1
          preferredBatchSizeInKilobytes: 64
        }
      }
      eventDeliverySchema: 'EventGridSchema'
      filter: {
        includedEventTypes: ['Microsoft.Storage.BlobCreated']
        subjectBeginsWith: '/blobServices/default/containers/inbound/blobs/${trigger.folder}/'
      }
      // Event Grid retries for a day; what it still cannot deliver is kept, not dropped.
      retryPolicy: {
        maxDeliveryAttempts: 30
        eventTimeToLiveInMinutes: 1440
      }
      deadLetterWithResourceIdentity: {
        identity: {
          type: 'SystemAssigned'
        }
        deadLetterDestination: {
          endpointType: 'StorageBlob'
          properties: {
            resourceId: topic.properties.source
            blobContainerName: deadLetterContainerName
          }
        }
      }
    }
  }
]

@description('The functions that now have a subscription.')
output subscribedFunctions string[] = map(subscribed, t => t.functionName)

@description('Blob-triggered functions not deployed yet (no subscription).')
output pendingFunctions string[] = map(filter(blobTriggers, t => !contains(deployedFunctions, t.functionName)), t => t.functionName)
