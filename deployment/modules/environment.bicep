// Container Apps environment: workload profiles (Consumption) in the virtual network, console logs to Log
// Analytics, and the managed OpenTelemetry agent forwarding the app's OTLP traces and logs to Application
// Insights. The agent is configured through API version 2025-10-02-preview: the GA versions known to the
// Bicep CLI pinned here lack appInsightsConfiguration/openTelemetryConfiguration.
@description('Azure region.')
param location string

param name string
param infrastructureSubnetId string
param logAnalyticsWorkspaceName string

@secure()
param applicationInsightsConnectionString string

@description('Storage account and share with the organization file, mounted read-only by the app.')
param storageAccountName string
param shareName string
param storageName string

param zoneRedundant bool
param tags object

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsWorkspaceName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource environment 'Microsoft.App/managedEnvironments@2025-10-02-preview' = {
  name: name
  location: location
  tags: tags
  properties: {
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    vnetConfiguration: {
      infrastructureSubnetId: infrastructureSubnetId
      internal: false
    }
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
    appInsightsConfiguration: {
      connectionString: applicationInsightsConnectionString
    }
    openTelemetryConfiguration: {
      tracesConfiguration: {
        destinations: ['appInsights']
      }
      logsConfiguration: {
        destinations: ['appInsights']
      }
    }
    zoneRedundant: zoneRedundant
  }
}

resource organization 'Microsoft.App/managedEnvironments/storages@2025-10-02-preview' = {
  parent: environment
  name: storageName
  properties: {
    azureFile: {
      accountName: storage.name
      accountKey: storage.listKeys().keys[0].value
      shareName: shareName
      accessMode: 'ReadOnly'
    }
  }
}

output id string = environment.id
output storageName string = organization.name
output defaultDomain string = environment.properties.defaultDomain
