// Azure Database for PostgreSQL Flexible Server: the shared store when several host instances run
// (ARCHITECTURE.md section 8). Public access limited to Azure services by the 0.0.0.0 firewall rule.

@description('Azure region for the server.')
param location string

@description('Name of the flexible server (globally unique, lowercase).')
param serverName string

@description('PostgreSQL major version.')
param postgresVersion string

@description('Compute SKU, e.g. Standard_B1ms.')
param skuName string

@description('Compute tier matching the SKU: Burstable, GeneralPurpose or MemoryOptimized.')
param skuTier string

@description('Storage size in GiB.')
param storageSizeGB int

@description('Days of point-in-time backups.')
param backupRetentionDays int

@description('High availability: Disabled, SameZone or ZoneRedundant.')
param highAvailabilityMode string

@description('Administrator login name.')
param administratorLogin string

@secure()
@description('Administrator password.')
param administratorPassword string

@description('Name of the application database.')
param databaseName string

@description('Tags applied to every resource.')
param tags object

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: serverName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: highAvailabilityMode
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0–0.0.0.0 is Azure's documented convention for "allow connections from Azure services".
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
