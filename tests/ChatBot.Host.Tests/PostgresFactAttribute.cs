namespace ChatBot.Host.Tests;

/// <summary>
/// A test against a real PostgreSQL server (<c>CHATBOT_TEST_POSTGRES</c>, set by test.sh). Skipped with
/// a message when the variable is missing, unless <c>CHATBOT_REQUIRE_POSTGRES=1</c> (CI): then it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.ServerConnectionString is null && !PostgresDatabase.Required)
        {
            Skip = $"PostgreSQL not available: set {PostgresDatabase.ServerVariable} (test.sh starts a server), "
                + $"or {PostgresDatabase.RequireVariable}=1 to make this a failure.";
        }
    }
}
