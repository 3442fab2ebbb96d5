// Linux App Service plan + the RecoveryBot web app (.NET 10). The app runs as the bot's user-assigned identity and
// reads its secrets through Key Vault references resolved with that identity.

@description('Azure region for the plan and the app.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (becomes <name>.azurewebsites.net).')
param webAppName string

@description('App Service plan SKU, e.g. B1 or P1v3.')
param skuName string

@description('Number of instances.')
param capacity int

@description('Resource id of the user-assigned managed identity (the bot identity).')
param identityResourceId string

@description('Client id of that identity: the bot\'s MicrosoftAppId.')
param identityClientId string

@description('Entra tenant of that identity.')
param identityTenantId string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Versionless Key Vault URI of the Direct Line secret.')
param directLineSecretUri string

@description('Versionless Key Vault URI of the token signing key.')
param tokenSigningKeyUri string

@description('Versionless Key Vault URI of the responder sign-in client secret.')
param responderSignInClientSecretUri string

@description('Versionless Key Vault URI of the PostgreSQL connection string.')
param postgresConnectionStringUri string

@description('Entra tenant responders sign in to.')
param responderSignInTenantId string

@description('Client id of the Entra app responders sign in with.')
param responderSignInClientId string

@description('Tags applied to every resource.')
param tags object

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: capacity
  }
  properties: {
    reserved: true // required for Linux plans
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      healthCheckPath: '/healthz'
      alwaysOn: true
      webSocketsEnabled: true // Direct Line streams activities over WebSockets
      appSettings: [
        // appsettings.json sets Urls to localhost:3978 for development; App Service forwards to port 8080.
        { name: 'Urls', value: 'http://+:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identityClientId }
        { name: 'MicrosoftAppTenantId', value: identityTenantId }
        // Azure.Identity picks the user-assigned identity by this client id.
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'Storage__Provider', value: 'Postgres' }
        { name: 'Storage__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${postgresConnectionStringUri})' }
        { name: 'DirectLine__Secret', value: '@Microsoft.KeyVault(SecretUri=${directLineSecretUri})' }
        { name: 'DirectLine__TokenSigningKey', value: '@Microsoft.KeyVault(SecretUri=${tokenSigningKeyUri})' }
        { name: 'Responders__SignIn__TenantId', value: responderSignInTenantId }
        { name: 'Responders__SignIn__ClientId', value: responderSignInClientId }
        { name: 'Responders__SignIn__ClientSecret', value: '@Microsoft.KeyVault(SecretUri=${responderSignInClientSecretUri})' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
      ]
    }
  }
}

// Basic-auth publishing (FTP and SCM user/password) off: deploy with Entra credentials only.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output defaultHostName string = site.properties.defaultHostName
output webAppName string = site.name
