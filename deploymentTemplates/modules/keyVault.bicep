// Key Vault (RBAC mode) holding every secret the host needs; the web app reads them through Key Vault references
// with the bot's managed identity, which gets "Key Vault Secrets User" on this vault only.

@description('Azure region for the vault.')
param location string

@description('Name of the vault (3-24 characters, globally unique).')
param vaultName string

@description('Turn on purge protection (cannot be turned off again).')
param enablePurgeProtection bool

@description('Principal id of the managed identity that reads the secrets.')
param readerPrincipalId string

@secure()
@description('Secret clients exchange for Direct Line tokens.')
param directLineSecret string

@secure()
@description('Key that signs Direct Line tokens.')
param tokenSigningKey string

@secure()
@description('Client secret of the Entra app responders sign in with.')
param responderSignInClientSecret string

@secure()
@description('Npgsql connection string to the application database.')
param postgresConnectionString string

@description('Tags applied to every resource.')
param tags object

// Built-in role "Key Vault Secrets User" (read secret contents), from Azure's built-in roles list.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Purge protection accepts only true or absent.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource directLineSecretValue 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'direct-line-secret'
  properties: {
    value: directLineSecret
    contentType: 'text/plain'
  }
}

resource tokenSigningKeyValue 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'token-signing-key'
  properties: {
    value: tokenSigningKey
    contentType: 'text/plain'
  }
}

resource responderSignInClientSecretValue 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'responder-signin-client-secret'
  properties: {
    value: responderSignInClientSecret
    contentType: 'text/plain'
  }
}

resource postgresConnectionStringValue 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'postgres-connection-string'
  properties: {
    value: postgresConnectionString
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output vaultName string = vault.name
// Secret URIs without a version: App Service then always resolves the latest version.
output directLineSecretUri string = directLineSecretValue.properties.secretUri
output tokenSigningKeyUri string = tokenSigningKeyValue.properties.secretUri
output responderSignInClientSecretUri string = responderSignInClientSecretValue.properties.secretUri
output postgresConnectionStringUri string = postgresConnectionStringValue.properties.secretUri
