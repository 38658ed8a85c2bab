using ChatBot.Domain.Audit;

namespace ChatBot.Domain.Tests.Audit;

public sealed class AuditHashTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_SameFields_SameLowercaseHex()
    {
        var a = AuditHash.Compute(AuditHash.Genesis, 1, "incident:INC-2026-0001", "u1", At, "incident.reported", "{}");
        var b = AuditHash.Compute(AuditHash.Genesis, 1, "incident:INC-2026-0001", "u1", At, "incident.reported", "{}");
        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void Compute_AnyFieldChanged_DifferentHash()
    {
        var baseline = AuditHash.Compute(AuditHash.Genesis, 1, "s", "u", At, "a", "{}");
        Assert.NotEqual(baseline, AuditHash.Compute("1" + AuditHash.Genesis[1..], 1, "s", "u", At, "a", "{}"));
        Assert.NotEqual(baseline, AuditHash.Compute(AuditHash.Genesis, 2, "s", "u", At, "a", "{}"));
        Assert.NotEqual(baseline, AuditHash.Compute(AuditHash.Genesis, 1, "t", "u", At, "a", "{}"));
        Assert.NotEqual(baseline, AuditHash.Compute(AuditHash.Genesis, 1, "s", "v", At, "a", "{}"));
        Assert.NotEqual(baseline, AuditHash.Compute(AuditHash.Genesis, 1, "s", "u", At.AddMilliseconds(1), "a", "{}"));
        Assert.NotEqual(baseline, AuditHash.Compute(AuditHash.Genesis, 1, "s", "u", At, "b", "{}"));
        Assert.NotEqual(baseline, AuditHash.Compute(AuditHash.Genesis, 1, "s", "u", At, "a", "{\"x\":1}"));
    }

    [Fact]
    public void Compute_FieldBoundaryMoved_DifferentHash()
    {
        // Plain concatenation would give "abc" for both; the length prefixes keep them apart.
        Assert.NotEqual(
            AuditHash.Compute(AuditHash.Genesis, 1, "ab", "c", At, "a", "{}"),
            AuditHash.Compute(AuditHash.Genesis, 1, "a", "bc", At, "a", "{}"));
    }
}
