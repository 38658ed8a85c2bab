using Dapper;

namespace ChatBot.Host.Storage;

/// <summary>Conversation references for proactive messages, one row per user and conversation.</summary>
public sealed class ConversationReferenceStore(IDbConnectionFactory connections, TimeProvider timeProvider)
{
    private const string Columns = """
        user_aad_object_id AS UserAadObjectId, conversation_id AS ConversationId, service_url AS ServiceUrl,
        channel_id AS ChannelId, conversation_type AS ConversationType, tenant_id AS TenantId, bot_id AS BotId,
        user_id AS UserId, user_name AS UserName, locale AS Locale, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    /// <summary>Inserts or refreshes the reference (serviceUrl and names can change between activities).</summary>
    public async Task UpsertAsync(StoredConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO conversation_references (user_aad_object_id, conversation_id, service_url, channel_id,
                    conversation_type, tenant_id, bot_id, user_id, user_name, locale, created_at, updated_at)
                VALUES (@UserAadObjectId, @ConversationId, @ServiceUrl, @ChannelId,
                    @ConversationType, @TenantId, @BotId, @UserId, @UserName, @Locale, @Now, @Now)
                ON CONFLICT (user_aad_object_id, conversation_id) DO UPDATE SET
                    service_url = excluded.service_url, channel_id = excluded.channel_id,
                    conversation_type = excluded.conversation_type, tenant_id = excluded.tenant_id,
                    bot_id = excluded.bot_id, user_id = excluded.user_id, user_name = excluded.user_name,
                    locale = excluded.locale, updated_at = excluded.updated_at
                """,
                new
                {
                    reference.UserAadObjectId, reference.ConversationId, reference.ServiceUrl, reference.ChannelId,
                    reference.ConversationType, reference.TenantId, reference.BotId, reference.UserId,
                    reference.UserName, reference.Locale, Now = DbTime.ToDb(timeProvider.GetUtcNow()),
                },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>The user's 1:1 conversation with the bot, if one was seen; the most recently updated wins.</summary>
    public async Task<StoredConversationReference?> FindPersonalByAadObjectIdAsync(
        string aadObjectId, CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM conversation_references
                WHERE user_aad_object_id = @AadObjectId AND conversation_type = 'personal'
                ORDER BY updated_at DESC LIMIT 1
                """,
                new { AadObjectId = aadObjectId },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToRecord();
        }
    }

    /// <summary>Every user's 1:1 conversation in one query (the most recently updated per user), for a fan-out.</summary>
    public async Task<IReadOnlyDictionary<string, StoredConversationReference>> ListPersonalAsync(CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM conversation_references WHERE conversation_type = 'personal' ORDER BY updated_at",
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            var map = new Dictionary<string, StoredConversationReference>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows) map[row.UserAadObjectId] = row.ToRecord(); // the most recent wins
            return map;
        }
    }

    /// <summary>Every distinct serviceUrl seen: the allow-list for outbound calls.</summary>
    public async Task<IReadOnlyList<string>> ListServiceUrlsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var urls = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT DISTINCT service_url FROM conversation_references ORDER BY service_url",
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return urls.AsList();
        }
    }

    private sealed record Row(
        string UserAadObjectId, string ConversationId, string ServiceUrl, string ChannelId, string? ConversationType,
        string? TenantId, string BotId, string UserId, string? UserName, string? Locale, long CreatedAt, long UpdatedAt)
    {
        public StoredConversationReference ToRecord() =>
            new(UserAadObjectId, ConversationId, ServiceUrl, ChannelId, ConversationType, TenantId, BotId, UserId, UserName, Locale)
            {
                CreatedAt = DbTime.FromDb(CreatedAt),
                UpdatedAt = DbTime.FromDb(UpdatedAt),
            };
    }
}
