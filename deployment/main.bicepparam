// Parameters for main.bicep, read from environment variables so that no secret is written to a file.
//   az deployment group create -g "$RG" -p deployment/main.bicepparam
// See README.md for the variables; the ones with a default here are optional.
using 'main.bicep'

param namePrefix = readEnvironmentVariable('NAME_PREFIX')
param location = readEnvironmentVariable('LOCATION', 'japaneast')
param botAppType = readEnvironmentVariable('BOT_APP_TYPE', 'SingleTenant')
param botAppId = readEnvironmentVariable('BOT_APP_ID', '')
param botClientSecret = readEnvironmentVariable('BOT_CLIENT_SECRET', '')
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param containerImage = readEnvironmentVariable('CONTAINER_IMAGE', '')
param minReplicas = int(readEnvironmentVariable('MIN_REPLICAS', '1'))
param maxReplicas = int(readEnvironmentVariable('MAX_REPLICAS', '3'))
param adminPrincipalId = readEnvironmentVariable('ADMIN_PRINCIPAL_ID', '')
param deployOpenAI = bool(readEnvironmentVariable('DEPLOY_OPENAI', 'false'))
param graphEnabled = bool(readEnvironmentVariable('GRAPH_ENABLED', 'false'))
