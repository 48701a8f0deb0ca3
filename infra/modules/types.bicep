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
@description('Built-in role definition IDs the hub assigns.')
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
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
