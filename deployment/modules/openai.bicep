// Optional Azure OpenAI account with one chat model deployment; keyless (Entra ID) access for the bot's identity.
@description('Azure region of the account (the model must be offered there for the chosen deployment type).')
param location string

param accountName string

@description('Deployment name the bot calls (AzureOpenAI:Deployment).')
param deploymentName string
param modelName string
param modelVersion string

@description('GlobalStandard may process prompts in any Azure region; Standard keeps processing in the account\'s region where the model is offered.')
@allowed(['Standard', 'GlobalStandard', 'DataZoneStandard'])
param deploymentSku string

@description('Capacity in thousands of tokens per minute.')
param capacity int

@description('Principal id of the bot\'s managed identity (gets Cognitive Services OpenAI User).')
param principalId string

param tags object

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: accountName
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentSku
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    versionUpgradeOption: 'NoAutoUpgrade'
  }
}

// Cognitive Services OpenAI User
var openAIUserRole = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource openAIUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, principalId, openAIUserRole)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAIUserRole)
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
