metadata name = 'Shared types'
metadata description = 'Types the modules share, imported at compile time.'

@export()
@description('A role to grant on the resource a module creates (the AVM roleAssignments convention).')
type roleAssignmentType = {
  @description('Required. Object ID of the identity, user or group.')
  principalId: string

  @description('Required. The role definition GUID (a built-in role ID).')
  roleDefinitionId: string

  @description('Optional. Kind of principal; ServicePrincipal for managed identities.')
  principalType: ('ServicePrincipal' | 'User' | 'Group')?
}

@export()
@description('Built-in role definition IDs the hub assigns: data roles only, each the least that does the job (no Owner, Contributor or Storage Blob Data Owner).')
var roles = {
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

@export()
@description('An SFTP local user of the storage account (SSH key only, never a password).')
type sftpLocalUserType = {
  @description('Required. User name; the SFTP login is <account>.<user>@<account>.blob.core.windows.net.')
  name: string

  @description('Required. Container the user may write to.')
  container: string

  @description('Required. Directory the session starts in, <container>/<path>.')
  homeDirectory: string

  @description('Required. The SSH public keys (OpenSSH format, e.g. "ssh-rsa AAAA...") the user signs in with.')
  publicKeys: string[]
}

// The hub's own settings, as main.bicep takes them.

@description('A city a center serves, with the other spellings people use.')
type cityType = {
  @description('Required. The city\'s name.')
  name: string

  @description('Optional. Other spellings.')
  aliases: string[]?
}

@export()
@description('One of the program\'s centers.')
type centerType = {
  @description('Required. Short id: lowercase letters, digits and dashes (it is part of setting and secret names).')
  id: string

  @description('Required. Display name (Hebrew).')
  name: string

  @description('Required. The phone printed in every message a participant gets.')
  phone: string

  @description('Optional. Cities the center serves.')
  cities: cityType[]?
}

@export()
@description('Teams channels by center id.')
type reportChannelsType = {
  @description('A center\'s Teams channel.')
  *: {
    @description('Required. The team\'s ID (a GUID: groupId in the channel\'s link).')
    teamId: string

    @description('Required. The channel\'s ID (19:...@thread.tacv2 in the channel\'s link).')
    channelId: string
  }
}

@export()
@description('SPOT connection.')
type spotType = {
  @description('Required. "file" writes SPOT import files to outbound/spot/; "api" uses SPOT\'s REST interface.')
  mode: ('file' | 'api')

  @description('Optional. SPOT\'s REST base URL (api mode).')
  baseUrl: string?

  @description('Optional. SPOT\'s OAuth2 token URL (api mode).')
  tokenUrl: string?

  @description('Optional. The hub\'s OAuth2 client ID at SPOT (api mode).')
  clientId: string?

  @description('Optional. OAuth2 scope to request (api mode).')
  scope: string?
}

@export()
@description('Facebook Graph API.')
type facebookType = {
  @description('Required. Base URL of the Graph API.')
  graphBaseUrl: string

  @description('Required. Graph API version, e.g. v24.0.')
  apiVersion: string
}

@export()
@description('SMS provider.')
type smsType = {
  @description('Required. The provider\'s base URL (POST {baseUrl}/messages). Empty until a provider is chosen.')
  baseUrl: string

  @description('Required. Sender name shown on the phone (at most 11 letters and digits).')
  sender: string
}

@export()
@description('Whom the accessibility statement names for accessibility requests.')
type accessibilityType = {
  @description('Required. The accessibility coordinator\'s name (Accessibility__CoordinatorName).')
  coordinatorName: string

  @description('Required. Their phone (Accessibility__Phone).')
  phone: string

  @description('Required. Their e-mail address (Accessibility__Email).')
  email: string
}
