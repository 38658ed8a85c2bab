// Production deployment of the My Number Teams bot into one resource group.
//
// Two passes (see README.md):
//   1. without containerImage: network, PostgreSQL, Key Vault, registry, identity, monitoring, Container Apps
//      environment and the organization file share;
//   2. with containerImage (after `az acr build` and uploading organization.yaml): the container app and the
//      Azure Bot resource with its Teams channel, whose endpoint is the app's host name.
targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------

@description('Prefix of resource names: 3-12 lowercase letters and digits, starting with a letter.')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Azure region of every regional resource.')
param location string = 'japaneast'

@description('SingleTenant: an Entra app registration in this tenant with a client secret (botAppId, botClientSecret). UserAssignedMSI: the bot\'s user-assigned managed identity is its identity; no secret exists.')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param botAppType string = 'SingleTenant'

@description('Application (client) id of the single-tenant app registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('Client secret of the app registration, stored in Key Vault. Required with SingleTenant on the first deployment; leave empty later to keep the stored one.')
@secure()
param botClientSecret string = ''

@description('Entra tenant of the bot and of the Teams users.')
param tenantId string = tenant().tenantId

@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'マイナンバー取扱いアシスタント'

@description('Azure Bot pricing tier. Teams is a standard channel: its messages are free on both tiers; S1 has an SLA.')
@allowed(['F0', 'S1'])
param botSku string = 'S1'

@description('Image to run, e.g. <registry>.azurecr.io/chatbot:1.0.0. Empty: deploy the infrastructure only (first pass).')
param containerImage string = ''

@description('Replicas that always run (at least 1: the outbox and the timers work in the background).')
@minValue(1)
@maxValue(30)
param minReplicas int = 1

@maxValue(30)
@minValue(1)
param maxReplicas int = 3

@description('vCPU per replica (Consumption profile: 0.25 to 4, in steps of 0.25).')
param containerCpu string = '0.5'

@description('Memory per replica; twice the vCPU in Gi, e.g. 1Gi for 0.5 vCPU.')
param containerMemory string = '1Gi'

@description('Spread the Container Apps environment over availability zones (needs an apps subnet of /23 or larger; set at creation).')
param environmentZoneRedundant bool = true

@description('Concurrent HTTP requests per replica before scaling out.')
param concurrentRequestsPerReplica int = 50

@description('Organization file name on the share (mounted at /mnt/organization).')
param organizationFileName string = 'organization.yaml'

@description('PostgreSQL major version.')
param postgresVersion string = '16'

@description('PostgreSQL compute SKU. Standard_B2s (Burstable, about 400 connections) suits a small organization; use GeneralPurpose (Standard_D2ds_v5) for zone-redundant high availability.')
param postgresSkuName string = 'Standard_B2s'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageGB int = 32

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 35

@description('Geo-redundant backups (Japan East pairs with Japan West). Can only be chosen when the server is created.')
@allowed(['Enabled', 'Disabled'])
param postgresGeoRedundantBackup string = 'Enabled'

@description('ZoneRedundant needs the GeneralPurpose or MemoryOptimized tier.')
@allowed(['Disabled', 'ZoneRedundant', 'SameZone'])
param postgresHighAvailability string = 'Disabled'

param postgresAdminLogin string = 'chatbotadmin'

@description('PostgreSQL administrator password (the bot connects with it; stored in Key Vault). Letters and digits plus - _ . only, 12+ characters.')
@secure()
@minLength(12)
param postgresAdminPassword string

param postgresDatabaseName string = 'chatbot'

@description('Connections per replica (Npgsql Maximum Pool Size). Keep maxReplicas x this below the server\'s max_connections.')
param postgresPoolSizePerReplica int = 20

@description('Deploy Azure OpenAI (AzureOpenAI settings). The bot works without it.')
param deployOpenAI bool = false

@description('Region of the Azure OpenAI account; the model and deployment type must be offered there.')
param openAILocation string = location

param openAIDeploymentName string = 'chat'
param openAIModelName string = 'gpt-4.1-mini'
param openAIModelVersion string = '2025-04-14'

@allowed(['Standard', 'GlobalStandard', 'DataZoneStandard'])
param openAIDeploymentSku string = 'GlobalStandard'

@description('Azure OpenAI capacity in thousands of tokens per minute.')
param openAICapacity int = 30

@description('Graph:Enabled (when the feature exists; needs application permissions with admin consent, see README).')
param graphEnabled bool = false

@allowed(['Basic', 'Standard', 'Premium'])
param containerRegistrySku string = 'Basic'

@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Object id of a user or group that may read and rotate Key Vault secrets (Key Vault Secrets Officer). Empty: none.')
param adminPrincipalId string = ''

@allowed(['User', 'Group'])
param adminPrincipalType string = 'User'

param vnetAddressPrefix string = '10.40.0.0/16'
param appsSubnetPrefix string = '10.40.0.0/23'
param postgresSubnetPrefix string = '10.40.2.0/24'

param tags object = {
  app: 'chatbot-mynumber'
}

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------

var suffix = take(uniqueString(resourceGroup().id, namePrefix), 6)
var names = {
  identity: 'id-${namePrefix}'
  logs: 'log-${namePrefix}'
  appInsights: 'appi-${namePrefix}'
  keyVault: 'kv-${namePrefix}-${suffix}'
  registry: 'cr${namePrefix}${suffix}'
  storage: 'st${namePrefix}${suffix}'
  postgres: 'psql-${namePrefix}-${suffix}'
  environment: 'cae-${namePrefix}'
  app: 'ca-${namePrefix}'
  bot: 'bot-${namePrefix}-${suffix}'
  openAI: 'oai-${namePrefix}-${suffix}'
}
var organizationShare = 'organization'
var organizationStorage = 'organization'
var deployApp = !empty(containerImage)
var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId

// Built-in roles
var roles = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

// ---------------------------------------------------------------------------------------------------------
// Identity, monitoring
// ---------------------------------------------------------------------------------------------------------

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.appInsights
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

// ---------------------------------------------------------------------------------------------------------
// Network and PostgreSQL
// ---------------------------------------------------------------------------------------------------------

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    namePrefix: namePrefix
    addressPrefix: vnetAddressPrefix
    appsSubnetPrefix: appsSubnetPrefix
    postgresSubnetPrefix: postgresSubnetPrefix
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    serverName: names.postgres
    version: postgresVersion
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageGB
    backupRetentionDays: postgresBackupRetentionDays
    geoRedundantBackup: postgresGeoRedundantBackup
    highAvailability: postgresHighAvailability
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    databaseName: postgresDatabaseName
    delegatedSubnetId: network.outputs.postgresSubnetId
    privateDnsZoneId: network.outputs.postgresDnsZoneId
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------------------
// Key Vault and its secrets
// ---------------------------------------------------------------------------------------------------------

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
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
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource postgresConnectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'postgres-connection-string'
  properties: {
    contentType: 'Npgsql connection string'
    value: 'Host=${postgres.outputs.fqdn};Port=5432;Database=${postgres.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull;Maximum Pool Size=${postgresPoolSizePerReplica}'
  }
}

// Kept so that later deployments can pass the same password (README: "Update").
resource postgresAdminPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'postgres-admin-password'
  properties: {
    contentType: 'PostgreSQL administrator password (${postgresAdminLogin})'
    value: postgresAdminPassword
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (botAppType == 'SingleTenant' && !empty(botClientSecret)) {
  parent: keyVault
  name: 'bot-client-secret'
  properties: {
    contentType: 'Entra client secret of the bot app registration'
    value: botClientSecret
  }
}

resource identitySecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, roles.keyVaultSecretsUser)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource adminSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(adminPrincipalId)) {
  scope: keyVault
  name: guid(keyVault.id, adminPrincipalId, roles.keyVaultSecretsOfficer)
  properties: {
    principalId: adminPrincipalId
    principalType: adminPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Container registry
// ---------------------------------------------------------------------------------------------------------

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: names.registry
  location: location
  tags: tags
  sku: {
    name: containerRegistrySku
  }
  properties: {
    adminUserEnabled: false
  }
}

resource identityAcrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, identity.id, roles.acrPull)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.acrPull)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Organization file share
// ---------------------------------------------------------------------------------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Container Apps mounts SMB shares with the account key.
    allowSharedKeyAccess: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    shareDeleteRetentionPolicy: {
      enabled: true
      days: 30
    }
  }
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: organizationShare
  properties: {
    shareQuota: 1
    enabledProtocols: 'SMB'
  }
}

// ---------------------------------------------------------------------------------------------------------
// Container Apps environment (VNet-integrated, logs to Log Analytics, OpenTelemetry to Application Insights)
// ---------------------------------------------------------------------------------------------------------

module environment 'modules/environment.bicep' = {
  name: 'environment'
  params: {
    location: location
    name: names.environment
    infrastructureSubnetId: network.outputs.appsSubnetId
    logAnalyticsWorkspaceName: logs.name
    applicationInsightsConnectionString: appInsights.properties.ConnectionString
    storageAccountName: storage.name
    shareName: share.name
    storageName: organizationStorage
    zoneRedundant: environmentZoneRedundant
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------------------
// Optional Azure OpenAI
// ---------------------------------------------------------------------------------------------------------

module openAI 'modules/openai.bicep' = if (deployOpenAI) {
  name: 'openai'
  params: {
    location: openAILocation
    accountName: names.openAI
    deploymentName: openAIDeploymentName
    modelName: openAIModelName
    modelVersion: openAIModelVersion
    deploymentSku: openAIDeploymentSku
    capacity: openAICapacity
    principalId: identity.properties.principalId
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------------------
// The bot: container app and Azure Bot resource (second pass)
// ---------------------------------------------------------------------------------------------------------

module app 'modules/containerapp.bicep' = if (deployApp) {
  name: 'containerapp'
  params: {
    location: location
    name: names.app
    environmentId: environment.outputs.id
    image: containerImage
    registryServer: registry.properties.loginServer
    identityId: identity.id
    identityClientId: identity.properties.clientId
    postgresConnectionStringSecretUri: '${keyVault.properties.vaultUri}secrets/${postgresConnectionString.name}'
    botClientSecretUri: '${keyVault.properties.vaultUri}secrets/bot-client-secret'
    botAppType: botAppType
    botAppId: effectiveBotAppId
    tenantId: tenantId
    // An external environment serves each app at <app name>.<default domain>; known before the app exists.
    publicBaseUrl: 'https://${names.app}.${environment.outputs.defaultDomain}'
    organizationStorageName: environment.outputs.storageName
    organizationFileName: organizationFileName
    applicationInsightsConnectionString: appInsights.properties.ConnectionString
    openAIEndpoint: deployOpenAI ? openAI!.outputs.endpoint : ''
    openAIDeployment: deployOpenAI ? openAI!.outputs.deploymentName : ''
    graphEnabled: graphEnabled
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    cpu: containerCpu
    memory: containerMemory
    concurrentRequestsPerReplica: concurrentRequestsPerReplica
    tags: tags
  }
  dependsOn: [
    identitySecretsUser
    identityAcrPull
    botSecret
  ]
}

module bot 'modules/bot.bicep' = if (deployApp) {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    endpoint: 'https://${app!.outputs.fqdn}/api/messages'
    appType: botAppType
    appId: effectiveBotAppId
    tenantId: tenantId
    identityResourceId: identity.id
    sku: botSku
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------------------

@description('BOT_APP_ID for manifest/build.sh: the app registration id, or the identity\'s client id for UserAssignedMSI.')
output botAppId string = effectiveBotAppId

@description('BOT_DOMAIN for manifest/build.sh (empty until the second pass).')
output botHostName string = deployApp ? app!.outputs.fqdn : ''

@description('The messaging endpoint registered on the Azure Bot resource.')
output botEndpoint string = deployApp ? 'https://${app!.outputs.fqdn}/api/messages' : ''

output botResourceName string = deployApp ? bot!.outputs.name : ''
output containerAppName string = names.app
output keyVaultName string = keyVault.name
output containerRegistryName string = registry.name
output containerRegistryLoginServer string = registry.properties.loginServer
output storageAccountName string = storage.name
output organizationShareName string = share.name
output postgresServerName string = postgres.outputs.serverName
output postgresHost string = postgres.outputs.fqdn
output managedIdentityClientId string = identity.properties.clientId
output applicationInsightsName string = appInsights.name
output logAnalyticsWorkspaceName string = logs.name
output openAIEndpoint string = deployOpenAI ? openAI!.outputs.endpoint : ''
