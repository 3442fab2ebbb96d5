// The bot's identity: a user-assigned managed identity. Its client id is the bot's MicrosoftAppId, so there is
// no app password anywhere (Bot Framework "UserAssignedMSI" app type).

@description('Azure region for the identity.')
param location string

@description('Name of the user-assigned managed identity.')
param identityName string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
  tags: tags
}

output resourceId string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
