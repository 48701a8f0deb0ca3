metadata name = 'Event Grid system topic of the hub\'s storage account'
metadata description = 'The topic the blob-triggered functions subscribe to. The subscriptions need the app\'s blobs_extension key, which exists only once the code is deployed, so infra/scripts/post-deploy.sh creates them.'

@description('Required. Name of the system topic.')
param name string

@description('Required. Azure region; must be the storage account\'s.')
param location string

@description('Optional. Tags of the resource.')
param tags object = {}

@description('Required. Name of the storage account whose blob events the topic carries.')
param storageAccountName string

@description('Required. Container of that account where undeliverable events are dead-lettered.')
param deadLetterContainerName string

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetterContainer 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  // The topic's own identity writes dead letters, so no key or SAS is involved.
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

module deadLetterAccess 'container-role-assignment.bicep' = {
  name: 'eventgrid-deadletter-access'
  params: {
    storageAccountName: storage.name
    containerName: storage::blobService::deadLetterContainer.name
    principalId: topic.identity.principalId
    roleDefinitionId: storageBlobDataContributor
  }
}

@description('The name of the system topic.')
output name string = topic.name

@description('The resource ID of the system topic.')
output resourceId string = topic.id

@description('The resource ID of the dead-letter container.')
output deadLetterContainerResourceId string = storage::blobService::deadLetterContainer.id
