// RecoveryBot on Azure: one resource group holds the web app, the bot's managed identity, the Azure Bot with its
// Teams channel, PostgreSQL, Key Vault and monitoring. Deploy:
//   az deployment group create -g <rg> -f deploymentTemplates/main.bicep -p @deploymentTemplates/main.prod.parameters.json
// Every parameter is explained in README.md; main.json beside this file is the compiled ARM template.
targetScope = 'resourceGroup'

@description('Azure region for every regional resource (the Azure Bot itself is global).')
param location string = resourceGroup().location

@minLength(3)
@maxLength(20)
@description('Short lowercase prefix for resource names (letters, digits, hyphens), e.g. recoverybot-prod.')
param baseName string

@allowed(['dev', 'prod'])
@description('Environment label, written into the "environment" tag.')
param environmentName string

@description('App Service plan SKU (Linux), e.g. B1 for dev, P1v3 for prod.')
param appServiceSkuName string

@minValue(1)
@maxValue(10)
@description('Number of web app instances. Above 1 needs Storage__Provider=Postgres (set here).')
param appServiceInstanceCount int = 1

@description('Display name of the bot in Azure and in Teams search.')
param botDisplayName string = 'RecoveryBot'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are unlimited) or S1.')
param botSkuName string = 'F0'

@allowed(['16', '17'])
@description('PostgreSQL major version.')
param postgresVersion string = '16'

@description('PostgreSQL compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
@description('PostgreSQL compute tier; must match postgresSkuName.')
param postgresSkuTier string

@minValue(32)
@description('PostgreSQL storage in GiB.')
param postgresStorageSizeGB int = 32

@minValue(7)
@maxValue(35)
@description('Days of PostgreSQL point-in-time backups.')
param postgresBackupRetentionDays int = 7

@allowed(['Disabled', 'SameZone', 'ZoneRedundant'])
@description('PostgreSQL high availability (not available on Burstable).')
param postgresHighAvailabilityMode string = 'Disabled'

@description('PostgreSQL administrator login (not "azure_superuser", "admin", "root", "postgres"...).')
param postgresAdminLogin string

@secure()
@description('PostgreSQL administrator password (8-128 characters, three of: upper, lower, digit, symbol).')
param postgresAdminPassword string

@description('Name of the application database.')
param postgresDatabaseName string = 'recoverybot'

@secure()
@description('Secret the website uses to get Direct Line tokens from our /v3/directline/tokens/generate.')
param directLineSecret string

@secure()
@minLength(32)
@description('Key that signs Direct Line tokens (at least 32 random characters).')
param tokenSigningKey string

@description('Entra tenant that responders sign in to; defaults to the deployment tenant.')
param responderSignInTenantId string = tenant().tenantId

@description('Client id (GUID) of the Entra app registration responders sign in with (see README, manual steps).')
param responderSignInClientId string

@secure()
@description('Client secret of that Entra app registration.')
param responderSignInClientSecret string

@minValue(30)
@maxValue(730)
@description('Days Log Analytics and Application Insights keep data.')
param logRetentionInDays int = 30

@description('Turn on Key Vault purge protection (irreversible; recommended for prod).')
param keyVaultPurgeProtection bool = false

var tags = {
  application: 'RecoveryBot'
  environment: environmentName
}
// Globally unique names need a stable suffix: same resource group + baseName → same names on every redeploy.
var suffix = uniqueString(resourceGroup().id, baseName)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    identityName: '${baseName}-bot-id'
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: '${baseName}-logs'
    appInsightsName: '${baseName}-ai'
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module database 'modules/database.bicep' = {
  name: 'database'
  params: {
    location: location
    serverName: '${baseName}-pg-${suffix}'
    postgresVersion: postgresVersion
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    highAvailabilityMode: postgresHighAvailabilityMode
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    databaseName: postgresDatabaseName
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: 'kv${suffix}'
    enablePurgeProtection: keyVaultPurgeProtection
    readerPrincipalId: identity.outputs.principalId
    directLineSecret: directLineSecret
    tokenSigningKey: tokenSigningKey
    responderSignInClientSecret: responderSignInClientSecret
    postgresConnectionString: 'Host=${database.outputs.fullyQualifiedDomainName};Database=${database.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
    tags: tags
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    location: location
    planName: '${baseName}-plan'
    webAppName: '${baseName}-${suffix}'
    skuName: appServiceSkuName
    capacity: appServiceInstanceCount
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    appInsightsName: monitoring.outputs.appInsightsName
    directLineSecretUri: keyVault.outputs.directLineSecretUri
    tokenSigningKeyUri: keyVault.outputs.tokenSigningKeyUri
    responderSignInClientSecretUri: keyVault.outputs.responderSignInClientSecretUri
    postgresConnectionStringUri: keyVault.outputs.postgresConnectionStringUri
    responderSignInTenantId: responderSignInTenantId
    responderSignInClientId: responderSignInClientId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: '${baseName}-bot-${suffix}'
    displayName: botDisplayName
    skuName: botSkuName
    endpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    msaAppId: identity.outputs.clientId
    msaAppMSIResourceId: identity.outputs.resourceId
    msaAppTenantId: identity.outputs.tenantId
    tags: tags
  }
}

// Outputs are identifiers only (never secrets): what the manual steps in README.md need.
output webAppName string = web.outputs.webAppName
output webAppHostName string = web.outputs.defaultHostName
output botName string = bot.outputs.botName
output botMessagingEndpoint string = 'https://${web.outputs.defaultHostName}/api/messages'
@description('Pass this to `recoverybot teams package --app-id`.')
output microsoftAppId string = identity.outputs.clientId
output keyVaultName string = keyVault.outputs.vaultName
output postgresServerFqdn string = database.outputs.fullyQualifiedDomainName
output logAnalyticsWorkspaceId string = monitoring.outputs.workspaceId
