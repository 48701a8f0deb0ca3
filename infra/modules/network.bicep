metadata name = 'Private network'
metadata description = 'The virtual network the function app reaches its storage and Key Vault through: a subnet for the app\'s outbound traffic (delegated to Microsoft.App/environments, as Flex Consumption asks), a subnet for private endpoints, and the privatelink DNS zones that resolve the services\' names to those endpoints inside it.'

@description('Required. Name of the virtual network.')
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the resources.')
param tags object = {}

@description('Optional. Address space of the network; the app\'s subnet is its first /24, the private endpoints\' the second.')
param addressPrefix string = '10.60.0.0/16'

// The privatelink zone of each service the app reaches privately, as Azure names them.
var dnsZones = {
  blob: 'privatelink.blob.${environment().suffixes.storage}'
  queue: 'privatelink.queue.${environment().suffixes.storage}'
  table: 'privatelink.table.${environment().suffixes.storage}'
  vault: 'privatelink.vaultcore.azure.net'
}

resource network 'Microsoft.Network/virtualNetworks@2026-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [addressPrefix]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 0)
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 1)
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for zone in items(dnsZones): {
    name: zone.value
    location: 'global'
    tags: tags
  }
]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (zone, i) in items(dnsZones): {
    parent: zones[i]
    name: '${name}-link'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: network.id
      }
    }
  }
]

@description('The resource ID of the network.')
output resourceId string = network.id

@description('The subnet the function app sends its outbound traffic through.')
output appSubnetId string = network.properties.subnets[0].id

@description('The subnet of the private endpoints.')
output privateEndpointSubnetId string = network.properties.subnets[1].id

@description('The privatelink DNS zone of each service: its private endpoint group (blob, queue, table, vault) and resource ID.')
output dnsZones object[] = [for (zone, i) in items(dnsZones): { group: zone.key, id: zones[i].id }]
