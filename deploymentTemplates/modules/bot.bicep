// Azure Bot registration with the managed identity as its app (msaAppType UserAssignedMSI: no password) and the
// Microsoft Teams channel switched on. Teams → Bot Connector → POST https://<app>/api/messages (PROTOCOL.md §0).

@description('Name of the Azure Bot resource (its bot handle).')
param botName string

@description('Name people see for the bot.')
param displayName string

@description('Bot Service SKU: F0 (free, standard channels) or S1.')
param skuName string

@description('Messaging endpoint, https://<app>/api/messages.')
param endpoint string

@description('Client id of the user-assigned managed identity.')
param msaAppId string

@description('Resource id of the user-assigned managed identity.')
param msaAppMSIResourceId string

@description('Entra tenant of the identity.')
param msaAppTenantId string

@description('Tags applied to every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global' // Azure Bot is a global resource
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: msaAppId
    msaAppMSIResourceId: msaAppMSIResourceId
    msaAppTenantId: msaAppTenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
      acceptedTerms: true
    }
  }
}

output botName string = bot.name
output teamsChannelName string = teams.name
