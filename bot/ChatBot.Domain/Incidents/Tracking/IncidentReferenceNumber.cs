using System.Globalization;

namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>Reference numbers <c>INC-2026-0001</c>: per calendar year in Japan time, numbered by the store.</summary>
public static class IncidentReferenceNumber
{
    public static string Format(int year, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"INC-{year:D4}-{number:D4}");
}
