using System.Globalization;
using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Incidents.Resources;
using ChatBot.Protocol.Cards;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// The report form's inputs: parsed into an <see cref="IncidentReport"/>, or a list of problems per field. The raw
/// values are kept either way so the form comes back with what was typed. The values are already masked by the turn
/// pipeline; nothing here logs them.
/// </summary>
public sealed class IncidentForm
{
    public const string Description = "description", NoticedDate = "noticedDate", NoticedTime = "noticedTime", Kind = "kind",
        Cause = "cause", Estimate = "estimate", Max = "max", Encrypted = "encrypted", EncAlgorithm = "encAlgorithm",
        EncImplemented = "encImplemented", EncKeySeparate = "encKeySeparate", EncKeyNotLeaked = "encKeyNotLeaked",
        EncRemoteDeletion = "encRemoteDeletion", EncKeyUnusable = "encKeyUnusable",
        Viewable = "viewable", ContractorInvolved = "contractorInvolved", WeAreContractor = "weAreContractor",
        SystemType = "systemType", SystemName = "systemName", Wrongful = "wrongful", LostInside = "lostInside",
        Recovered = "recovered", CopyKept = "copyKept", Sensitive = "sensitive", ClientNotifiedDate = "clientNotifiedDate";

    public static readonly string[] Fields =
    [
        Description, NoticedDate, NoticedTime, Kind, Cause, Estimate, Max, Encrypted, EncAlgorithm, EncImplemented, EncKeySeparate,
        EncKeyNotLeaked, EncRemoteDeletion, EncKeyUnusable, Viewable, ContractorInvolved, WeAreContractor, SystemType, SystemName, Wrongful, LostInside, Recovered,
        CopyKept, Sensitive, ClientNotifiedDate,
    ];

    /// <summary>The longest description (and the form's text limit).</summary>
    public const int MaxText = 4000;

    public IReadOnlyDictionary<string, string> Values { get; private init; } = new Dictionary<string, string>();

    /// <summary>Resource keys of the problems, per field.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();

    public IncidentReport? Report { get; private init; }

    public static IncidentForm Read(CardData data, bool masked, TimeProvider time)
    {
        var values = new Dictionary<string, string>();
        foreach (var field in Fields)
            if (data.OptionalInput(field) is { Length: > 0 } text) values[field] = text.Trim();

        var errors = new Dictionary<string, string>();
        string? Text(string f) => values.GetValueOrDefault(f);
        bool Flag(string f) => string.Equals(Text(f), "true", StringComparison.OrdinalIgnoreCase);
        int? Count(string f)
        {
            if (Text(f) is not { } t) return null;
            if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && d == Math.Floor(d) && d <= int.MaxValue) return (int)d;
            errors[f] = "Error_Count";
            return null;
        }
        T? Choice<T>(string f) where T : struct, Enum
        {
            if (Text(f) is not { } t) { errors[f] = "Error_Required"; return null; }
            if (Enum.TryParse<T>(t, ignoreCase: false, out var value) && Enum.IsDefined(value)) return value;
            errors[f] = "Error_Choice";
            return null;
        }

        var description = Text(Description);
        if (description is null) errors[Description] = "Error_Required";
        else if (description.Length > MaxText) errors[Description] = "Error_TooLong";

        DateTimeOffset? noticed = null;
        if (Text(NoticedDate) is not { } dateText) errors[NoticedDate] = "Error_Required";
        else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) errors[NoticedDate] = "Error_Date";
        else
        {
            var clock = new TimeOnly(0, 0);
            if (Text(NoticedTime) is { } timeText && !TimeOnly.TryParseExact(timeText, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
                errors[NoticedTime] = "Error_Time";
            noticed = JapanTime.At(date, clock);
            if (noticed > time.GetUtcNow().AddMinutes(5)) errors[NoticedDate] = "Error_Future";
        }

        var kind = Choice<IncidentKind>(Kind);
        var cause = Choice<IncidentCause>(Cause);
        var systemType = Text(SystemType) is null ? IncidentSystemType.Ordinary : Choice<IncidentSystemType>(SystemType);
        var estimate = Count(Estimate);
        var max = Count(Max);
        if (estimate is { } e && max is { } m && m < e) errors[Max] = "Error_MaxBelowEstimate";
        var systemName = Text(SystemName);
        if (systemName is { Length: > 200 }) errors[SystemName] = "Error_TooLong";

        // Only a contractor tells a client; the date counts from its Japan day, like the date of learning.
        DateTimeOffset? clientNotified = null;
        if (Flag(WeAreContractor) && Text(ClientNotifiedDate) is { } notifiedText)
        {
            if (!DateOnly.TryParseExact(notifiedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var notifiedDate))
                errors[ClientNotifiedDate] = "Error_Date";
            else if ((clientNotified = JapanTime.At(notifiedDate, new TimeOnly(0, 0))) > time.GetUtcNow())
                errors[ClientNotifiedDate] = "Error_Future";
            else if (noticed is { } learned && notifiedDate < JapanTime.DateOf(learned))
                errors[ClientNotifiedDate] = "Error_NotifiedBeforeNoticed";
        }

        var encryption = Flag(Encrypted)
            ? new EncryptionFacts(Flag(EncAlgorithm), Flag(EncImplemented), Flag(EncKeySeparate), Flag(EncKeyNotLeaked),
                Flag(EncRemoteDeletion), Flag(EncKeyUnusable))
            : EncryptionFacts.None;
        var report = errors.Count > 0 ? null : new IncidentReport
        {
            Description = description!,
            NoticedAt = noticed!.Value,
            Kind = kind!.Value,
            Cause = cause!.Value,
            EstimatedPersons = estimate,
            MaxPersons = max,
            Encryption = encryption,
            ViewableByOutsidersElectronically = Flag(Viewable),
            WrongfulPurpose = Flag(Wrongful),
            LostInsideCompany = Flag(LostInside),
            RecoveredBeforeViewedByOutsiders = Flag(Recovered),
            CopyKeptElsewhere = Flag(CopyKept),
            SensitivePersonalInformation = Flag(Sensitive),
            ContractorInvolved = Flag(ContractorInvolved) || Flag(WeAreContractor),
            WeAreContractor = Flag(WeAreContractor),
            ClientNotifiedAt = clientNotified,
            SystemType = systemType ?? IncidentSystemType.Ordinary,
            SystemName = systemName,
            Masked = masked,
        };
        return new IncidentForm { Values = values, Errors = errors, Report = report };
    }

    /// <summary>The form's values for an existing report (the "update facts" form starts from them).</summary>
    public static IReadOnlyDictionary<string, string> ValuesOf(IncidentReport r)
    {
        var jst = JapanTime.ToJapan(r.NoticedAt);
        var values = new Dictionary<string, string>
        {
            [Description] = r.Description,
            [NoticedDate] = jst.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [NoticedTime] = jst.ToString("HH:mm", CultureInfo.InvariantCulture),
            [Kind] = r.Kind.ToString(),
            [Cause] = r.Cause.ToString(),
            [Encrypted] = Bool(r.Encryption.Encrypted),
            [EncAlgorithm] = Bool(r.Encryption.ApprovedAlgorithm),
            [EncImplemented] = Bool(r.Encryption.ProperlyImplemented),
            [EncKeySeparate] = Bool(r.Encryption.KeyKeptSeparately),
            [EncKeyNotLeaked] = Bool(r.Encryption.KeyNotLeaked),
            [EncRemoteDeletion] = Bool(r.Encryption.RemoteDeletion),
            [EncKeyUnusable] = Bool(r.Encryption.KeyUnusableByThirdParties),
            [Viewable] = Bool(r.ViewableByOutsidersElectronically),
            [ContractorInvolved] = Bool(r.ContractorInvolved),
            [WeAreContractor] = Bool(r.WeAreContractor),
            [Wrongful] = Bool(r.WrongfulPurpose),
            [LostInside] = Bool(r.LostInsideCompany),
            [Recovered] = Bool(r.RecoveredBeforeViewedByOutsiders),
            [CopyKept] = Bool(r.CopyKeptElsewhere),
            [Sensitive] = Bool(r.SensitivePersonalInformation),
            [SystemType] = r.SystemType.ToString(),
        };
        if (r.ClientNotifiedAt is { } notified) values[ClientNotifiedDate] = JapanTime.DateOf(notified).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (r.EstimatedPersons is { } e) values[Estimate] = e.ToString(CultureInfo.InvariantCulture);
        if (r.MaxPersons is { } m) values[Max] = m.ToString(CultureInfo.InvariantCulture);
        if (r.SystemName is { } s) values[SystemName] = s;
        return values;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A problem's text for the card.</summary>
    public static string ErrorText(string key, string? locale) => IncidentTexts.Get(key, locale);
}
