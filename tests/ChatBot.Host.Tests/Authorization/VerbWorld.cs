using System.Text.Json.Nodes;
using ChatBot.Host.Storage;
using ChatBot.Host.Tests.Support;
using ChatBot.Protocol.Routing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Tests.Authorization;

/// <summary>Who clicks, relative to the owner of what the card shows.</summary>
public enum Role
{
    /// <summary>Not in the organization file.</summary>
    Stranger,
    OtherDepartmentHandler,
    OtherDepartmentManager,

    /// <summary>The handler the thing belongs to: the reporter, the one who assessed, the sheet's handler, the action's owner.</summary>
    Owner,

    /// <summary>事務取扱責任者 of the owner's department.</summary>
    ResponsibleManager,

    /// <summary>個人情報保護管理者.</summary>
    PrivacyOfficer,

    /// <summary>Operates the bot; no other role.</summary>
    Admin,
}

/// <summary>
/// The real host with an organization file holding one person per <see cref="Role"/> (and nobody for the stranger),
/// for tests that click every card verb as every role. Shared by a test class: each test makes its own things.
/// </summary>
public sealed class VerbWorld : IAsyncLifetime
{
    private const string OrganizationYaml = """
        name: { ja: 権限テスト株式会社, en: Access Test Corp }
        departments:
          - { id: hr, name: { ja: 人事部, en: HR }, escalation: [] }
          - { id: sales, name: { ja: 営業部, en: Sales }, escalation: [] }
        people:
          - { aadObjectId: aad-owner, name: Owner Handler, department: hr, roles: [handler] }
          - { aadObjectId: aad-manager, name: HR Manager, department: hr, roles: [responsible_manager] }
          - { aadObjectId: aad-other-handler, name: Sales Handler, department: sales, roles: [handler] }
          - { aadObjectId: aad-other-manager, name: Sales Manager, department: sales, roles: [responsible_manager] }
          - { aadObjectId: aad-officer, name: Privacy Officer, roles: [privacy_officer] }
          - { aadObjectId: aad-admin, name: Bot Admin, roles: [admin] }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("chatbot-verbs-").FullName;

    public VerbWorld()
    {
        File.WriteAllText(Path.Combine(_directory, "organization.yaml"), OrganizationYaml);
        App = new BotApplication(settings: new Dictionary<string, string?> { ["Organization:Path"] = Path.Combine(_directory, "organization.yaml") });
    }

    public BotApplication App { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The routes the host registered: the tests cover each of them.</summary>
    public ActivityRouter Router => Services.GetRequiredService<ActivityRouter>();

    public static string AadOf(Role role) => role switch
    {
        Role.Stranger => "aad-stranger",
        Role.OtherDepartmentHandler => "aad-other-handler",
        Role.OtherDepartmentManager => "aad-other-manager",
        Role.Owner => "aad-owner",
        Role.ResponsibleManager => "aad-manager",
        Role.PrivacyOfficer => "aad-officer",
        Role.Admin => "aad-admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>An <c>Action.Execute</c> as Teams sends it; the HTTP status and the body as they came back.</summary>
    public async Task<(int Status, string Body)> InvokeAsync(string verb, JsonObject data, Role actor, string locale = "en-US")
    {
        using var response = await App.PostAsync(App.Activities.CardAction(verb, data, AadOf(actor), locale));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Everything a verb could change, in one string: how many incidents, sheets, decisions, dialogs, answers, actions
    /// and feedback rows there are, the sum of their versions, and the audit events people caused (the system's own
    /// escalations and reminders run in the background and are left out).
    /// </summary>
    public async Task<string> StateAsync()
    {
        await using var connection = await Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        string[] measures =
        [
            "SELECT COUNT(*) FROM audit_events WHERE actor <> 'system'",
            "SELECT COUNT(*) FROM incidents", "SELECT COALESCE(SUM(version), 0) FROM incidents",
            "SELECT COUNT(*) FROM inspection_sheets", "SELECT COALESCE(SUM(version), 0) FROM inspection_sheets",
            "SELECT COUNT(*) FROM inspection_decisions",
            "SELECT COUNT(*) FROM lifecycle_dialogs", "SELECT COALESCE(SUM(version), 0) FROM lifecycle_dialogs",
            "SELECT COUNT(*) FROM lifecycle_answers",
            "SELECT COUNT(*) FROM corrective_actions", "SELECT COALESCE(SUM(version), 0) FROM corrective_actions",
            "SELECT COUNT(*) FROM knowledge_feedback",
        ];
        var values = new List<long>();
        foreach (var sql in measures) values.Add(await connection.ExecuteScalarAsync<long>(sql));
        return string.Join(",", values);
    }

    public Task InitializeAsync()
    {
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
