// Azure Bot resource (single-tenant app registration or user-assigned managed identity) with the Teams channel.
@description('Globally unique bot handle.')
param name string

param displayName string

@description('https://<host>/api/messages')
param endpoint string

@allowed(['SingleTenant', 'UserAssignedMSI'])
param appType string
@minLength(36)
@maxLength(36)
param appId string
param tenantId string

@description('Resource id of the user-assigned identity (UserAssignedMSI only).')
param identityResourceId string

@allowed(['F0', 'S1'])
param sku string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
    isStreamingSupported: false
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
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
