using ChatBot.Host.Diagnostics;
using ChatBot.Host.Privacy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatBot.Host.Hosting;

/// <summary>Logging, OpenTelemetry and health endpoints: what every deployment of the host has.</summary>
public static class ServiceDefaults
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        if (builder.Configuration.GetValue<bool>("Logging:Json"))
            builder.Logging.ClearProviders().AddJsonConsole(o => o.UseUtcTimestamp = true);

        // The exporter is optional: set OTEL_EXPORTER_OTLP_ENDPOINT (or OpenTelemetry:OtlpEndpoint) to ship telemetry.
        // Without one nothing would read the traces and metrics, so the SDK is not added: recording every request's
        // spans and instrument values for nobody cost about a third of the turn throughput (tests/ChatBot.Benchmarks).
        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            builder.Services.AddOpenTelemetry()
                .WithTracing(t => t.AddSource(Telemetry.Name, "ChatBot.Outbox").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(m => m.AddMeter(Telemetry.Name, "ChatBot.Outbox").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        builder.Logging.MaskMyNumbers();
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live"), ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready") || c.Tags.Contains("live"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }
}
