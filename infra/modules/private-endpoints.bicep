metadata name = 'Private endpoints of one resource'
metadata description = 'One private endpoint per group of a resource (blob, queue, table of a storage account; vault of a Key Vault), each registered in its privatelink DNS zone so the name resolves to it inside the network.'

@description('Required. Name of the resource the endpoints lead to; part of each endpoint\'s name.')
param resourceName string

@description('Required. Resource ID of that resource.')
param resourceId string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resources.')
param tags object = {}

@description('Required. The subnet the endpoints are placed in.')
param subnetId string

@description('Required. Per group (blob, queue, table, vault): the resource ID of its privatelink DNS zone.')
param groups object

resource endpoints 'Microsoft.Network/privateEndpoints@2026-03-01' = [
  for group in items(groups): {
    name: 'pe-${resourceName}-${group.key}'
    location: location
    tags: tags
    properties: {
      subnet: {
        id: subnetId
      }
      privateLinkServiceConnections: [
        {
          name: '${resourceName}-${group.key}'
          properties: {
            privateLinkServiceId: resourceId
            groupIds: [group.key]
          }
        }
      ]
    }
  }
]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2026-03-01' = [
  for (group, i) in items(groups): {
    parent: endpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: group.key
          properties: {
            privateDnsZoneId: group.value
          }
        }
      ]
    }
  }
]

@description('The resource IDs of the endpoints.')
output resourceIds string[] = [for (group, i) in items(groups): endpoints[i].id]
