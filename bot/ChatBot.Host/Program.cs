using ChatBot.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseBotFrameworkPortByDefault();
builder.AddServiceDefaults();
builder.AddBotHost();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapBot();
app.Run();
