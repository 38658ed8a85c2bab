using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Host.Hosting;

/// <summary>
/// The health endpoints' body: the overall status plus each check's status, description and data, as JSON. The
/// default body is the bare status word, which hid why a check was degraded. Exceptions are left out: their messages
/// can carry connection details.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
