// The bot's container app: external HTTPS ingress to port 8080, secrets from Key Vault through the
// user-assigned identity, the organization file from an Azure Files share, health probes, HTTP scaling.
@description('Azure region.')
param location string

param name string
param environmentId string

@description('Full image reference, e.g. myacr.azurecr.io/chatbot:1.0.0.')
param image string

param registryServer string
param identityId string
param identityClientId string

@description('Key Vault secret URIs without version (the app takes the latest version on each restart).')
param postgresConnectionStringSecretUri string
param botClientSecretUri string

@allowed(['SingleTenant', 'UserAssignedMSI'])
param botAppType string
@description('The bot\'s app id (a GUID): required.')
@minLength(36)
@maxLength(36)
param botAppId string
param tenantId string

@description('Where users\' browsers reach the bot (https://<app>.<environment domain>): signed download links in cards point there.')
param publicBaseUrl string

@description('Name of the environment storage (Azure Files share) that holds the organization file.')
param organizationStorageName string
param organizationFileName string

@secure()
param applicationInsightsConnectionString string

param openAIEndpoint string
param openAIDeployment string
param graphEnabled bool

@minValue(1)
param minReplicas int
@minValue(1)
param maxReplicas int
param cpu string
param memory string

@description('Concurrent HTTP requests per replica before another replica is added.')
param concurrentRequestsPerReplica int

param tags object

var organizationMount = '/mnt/organization'

var secrets = concat(
  [
    {
      name: 'storage-connection-string'
      keyVaultUrl: postgresConnectionStringSecretUri
      identity: identityId
    }
    {
      name: 'appinsights-connection-string'
      value: applicationInsightsConnectionString
    }
  ],
  botAppType == 'SingleTenant'
    ? [
        {
          name: 'bot-client-secret'
          keyVaultUrl: botClientSecretUri
          identity: identityId
        }
      ]
    : []
)

var botCredentialEnv = botAppType == 'SingleTenant'
  ? [
      { name: 'Bot__ClientSecret', secretRef: 'bot-client-secret' }
    ]
  : [
      { name: 'Bot__UseManagedIdentity', value: 'true' }
      { name: 'Bot__ManagedIdentityClientId', value: identityClientId }
    ]

var openAIEnv = empty(openAIEndpoint)
  ? []
  : [
      { name: 'AzureOpenAI__Endpoint', value: openAIEndpoint }
      { name: 'AzureOpenAI__Deployment', value: openAIDeployment }
    ]

var env = concat(
  [
    { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
    { name: 'Bot__AppId', value: botAppId }
    { name: 'Bot__TenantId', value: tenantId }
    { name: 'Bot__PublicBaseUrl', value: publicBaseUrl }
    { name: 'Storage__Provider', value: 'Postgres' }
    // Teams allows an app about 50 connector calls a second per tenant: each replica paces to its share, with headroom.
    { name: 'Outbox__MaxSendsPerSecond', value: string(max(1, 45 / maxReplicas)) }
    { name: 'Storage__ConnectionString', secretRef: 'storage-connection-string' }
    { name: 'Organization__Path', value: '${organizationMount}/${organizationFileName}' }
    { name: 'Logging__Json', value: 'true' }
    { name: 'Graph__Enabled', value: string(graphEnabled) }
    // DefaultAzureCredential (Azure OpenAI, Graph) picks the user-assigned identity by this id.
    { name: 'AZURE_CLIENT_ID', value: identityClientId }
    // The environment's managed OpenTelemetry agent adds OTEL_EXPORTER_OTLP_* variables; this names the service.
    { name: 'OTEL_SERVICE_NAME', value: 'chatbot-mynumber' }
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', secretRef: 'appinsights-connection-string' }
  ],
  botCredentialEnv,
  openAIEnv
)

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'http'
        allowInsecure: false
      }
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: secrets
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: image
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          env: env
          volumeMounts: [
            {
              volumeName: 'organization'
              mountPath: organizationMount
            }
          ]
          probes: [
            {
              // Up to about 2 minutes for migrations (run under an advisory lock) before the first answer.
              type: 'Startup'
              httpGet: {
                path: '/health/live'
                port: 8080
              }
              initialDelaySeconds: 5
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 10
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/live'
                port: 8080
              }
              periodSeconds: 30
              timeoutSeconds: 3
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/health/ready'
                port: 8080
              }
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 3
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'organization'
          storageType: 'AzureFile'
          storageName: organizationStorageName
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequestsPerReplica)
              }
            }
          }
        ]
      }
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
output name string = app.name
