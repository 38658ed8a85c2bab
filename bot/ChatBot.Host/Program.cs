using ChatBot.Host.Audit;
using ChatBot.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseBotFrameworkPortByDefault();
builder.AddServiceDefaults();
builder.AddBotHost();

var app = builder.Build();
if (AuditCli.TryRun(args, app.Services, out var exitCode)) return exitCode;
return HostExit.Run(app, () =>
{
    app.MapDefaultEndpoints();
    app.MapBot();
    app.Run();
});
