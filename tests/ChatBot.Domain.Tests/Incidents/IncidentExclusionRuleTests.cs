using ChatBot.Domain.Incidents;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents;

/// <summary>高度な暗号化 (Q&amp;A 17-14) and what is not a 漏えい (別添2 1A〜1C, Q&amp;A 17-1), with the criteria that still count.</summary>
public class IncidentExclusionRuleTests
{
    private const IncidentKind Leak = IncidentKind.Leak, Loss = IncidentKind.Loss, Damage = IncidentKind.Damage,
        Use = IncidentKind.UnauthorizedUse, Provision = IncidentKind.UnauthorizedProvision;
    private const IncidentOutcome Mandatory = IncidentOutcome.MandatoryReport, BestEffort = IncidentOutcome.BestEffortReport,
        Excluded = IncidentOutcome.NotReportable, NotAnIncident = IncidentOutcome.NotAnIncident;

    // Encryption as "algorithm,implemented,keySeparate,keyNotLeaked[,remoteDeletion,keyUnusableByOthers]" (1 = met, missing = 0).
    // PPC Q&A 17-14: algorithm and implementation always; the key managed by ① (kept apart and protected), ② (remote
    // deletion) or ③ (a design that keeps third parties from using the key) — any one of them.
    [Theory]
    // All four: 漏えい・滅失・毀損 are out of both the mandatory and the best-effort report, whatever criterion applies.
    [InlineData(Leak, IncidentCause.Misdirected, 3, false, "1111", Excluded)]
    [InlineData(Leak, IncidentCause.Misdirected, 500, false, "1111", Excluded)]
    [InlineData(Leak, IncidentCause.Theft, 500, false, "1111", Excluded)]
    [InlineData(Leak, IncidentCause.Misconfiguration, 3, true, "1111", Excluded)]
    [InlineData(Loss, IncidentCause.Other, 150, false, "1111", Excluded)]
    [InlineData(Damage, IncidentCause.Other, 150, false, "1111", Excluded)]
    // Encryption is about the data leaving, not about misuse: 第9条・第19条 violations stay reportable.
    [InlineData(Use, IncidentCause.Other, 150, false, "1111", Mandatory)]
    [InlineData(Use, IncidentCause.Other, 3, false, "1111", BestEffort)]
    [InlineData(Provision, IncidentCause.Other, 150, false, "1111", Mandatory)]
    [InlineData(Provision, IncidentCause.EmployeeTakeOut, 3, false, "1111", Mandatory)]
    // Three of four is not strong encryption (e.g. a password ZIP with the password in the same mail).
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "1110", Mandatory)]
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "1101", Mandatory)]
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "1011", Mandatory)]
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "0111", Mandatory)]
    [InlineData(Leak, IncidentCause.Misdirected, 3, false, "1100", BestEffort)]
    [InlineData(Leak, IncidentCause.Theft, 3, false, "1110", Mandatory)]
    // ② or ③ alone is enough for the key (e.g. a stolen laptop with full-disk encryption and remote wipe, or a TPM-bound key).
    [InlineData(Leak, IncidentCause.Theft, 500, false, "110010", Excluded)]
    [InlineData(Leak, IncidentCause.Theft, 500, false, "110001", Excluded)]
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "111010", Excluded)]  // ① half met, ② met
    [InlineData(Loss, IncidentCause.Other, 150, false, "110011", Excluded)]
    // …but never without the algorithm and its implementation.
    [InlineData(Leak, IncidentCause.Theft, 500, false, "010011", Mandatory)]
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "101111", Mandatory)]
    // No key alternative at all.
    [InlineData(Leak, IncidentCause.Misdirected, 150, false, "110000", Mandatory)]
    public void Classify_Encryption(IncidentKind kind, IncidentCause cause, int persons, bool viewable, string encryption, IncidentOutcome outcome)
    {
        var e = encryption.PadRight(6, '0').Select(c => c == '1').ToArray();
        var result = Classify(Facts(kind, cause, persons) with
        {
            ViewableByOutsidersElectronically = viewable,
            Encryption = new EncryptionFacts(e[0], e[1], e[2], e[3], e[4], e[5]),
        });
        Assert.Equal(outcome, result.Outcome);
        if (outcome == Excluded)
        {
            Assert.Empty(result.MatchedCriteria);
            Assert.Null(result.FinalReportDue);
            Assert.False(result.IndividualNotificationRequired);
        }
    }

    [Theory]
    // A misdirected envelope returned unopened: no leak, so neither the count nor a best-effort report applies.
    [InlineData(Leak, IncidentCause.Misdirected, 3, "recovered", NotAnIncident, Leak)]
    [InlineData(Leak, IncidentCause.Misdirected, 150, "recovered", NotAnIncident, Leak)]
    // Loss or damage with the same data kept elsewhere.
    [InlineData(Loss, IncidentCause.Other, 150, "copy", NotAnIncident, Loss)]
    [InlineData(Damage, IncidentCause.Other, 150, "copy", NotAnIncident, Damage)]
    // Lost inside = 滅失 (a copy kept makes it no incident); lost outside = 漏えい (a copy does not help).
    [InlineData(Loss, IncidentCause.Loss, 3, "inside", BestEffort, Loss)]
    [InlineData(Loss, IncidentCause.Loss, 150, "inside", Mandatory, Loss)]
    [InlineData(Loss, IncidentCause.Loss, 150, "inside,copy", NotAnIncident, Loss)]
    [InlineData(Leak, IncidentCause.Loss, 150, "inside,copy", NotAnIncident, Loss)]
    [InlineData(Loss, IncidentCause.Loss, 3, "", BestEffort, Leak)]
    [InlineData(Loss, IncidentCause.Loss, 150, "copy", Mandatory, Leak)]
    [InlineData(Loss, IncidentCause.Loss, 3, "recovered", NotAnIncident, Leak)]     // lost on a train, returned unopened
    // A criterion that still applies keeps the report due.
    [InlineData(Leak, IncidentCause.Misconfiguration, 3, "recovered,viewable", Mandatory, Leak)]
    [InlineData(Loss, IncidentCause.Other, 3, "copy,viewable", Mandatory, Loss)]
    [InlineData(Damage, IncidentCause.UnauthorizedAccess, 40, "copy", Mandatory, Damage)] // ransomware with a backup
    [InlineData(Loss, IncidentCause.Loss, 150, "inside,copy,viewable", Mandatory, Loss)]
    public void Classify_NotALeak(IncidentKind kind, IncidentCause cause, int persons, string facts, IncidentOutcome outcome, IncidentKind effective)
    {
        var set = facts.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var result = Classify(Facts(kind, cause, persons) with
        {
            RecoveredBeforeViewedByOutsiders = set.Contains("recovered"),
            CopyKeptElsewhere = set.Contains("copy"),
            LostInsideCompany = set.Contains("inside"),
            ViewableByOutsidersElectronically = set.Contains("viewable"),
        });
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(effective, result.EffectiveKind);
        Assert.Equal(outcome == Mandatory, result.IndividualNotificationRequired);
    }
}
