using ChatBot.Domain.Audit;

namespace ChatBot.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    internal static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        var previous = AuditHash.Genesis;
        for (var seq = 1; seq <= count; seq++)
        {
            var at = At.AddMinutes(seq);
            var details = $"{{\"n\":{seq}}}";
            var hash = AuditHash.Compute(previous, seq, $"s:{seq % 3}", "u1", at, "x.happened", details);
            events.Add(new AuditEvent(seq, $"s:{seq % 3}", "u1", at, "x.happened", details, previous, hash));
            previous = hash;
        }

        return events;
    }

    [Fact]
    public void Verify_IntactChain_ValidWithHead()
    {
        var events = Chain(5);
        var result = AuditChain.Verify(events);
        Assert.True(result.IsValid);
        Assert.Equal(5, result.CheckedCount);
        Assert.Equal(events[^1].Hash, result.HeadHash);
    }

    [Fact]
    public void Verify_Empty_Valid()
    {
        Assert.True(AuditChain.Verify([]).IsValid);
    }

    [Fact]
    public void Verify_EditedDetails_BrokenAtThatSequence()
    {
        var events = Chain(5);
        events[2] = events[2] with { DetailsJson = "{\"n\":99}" };
        var result = AuditChain.Verify(events);
        Assert.False(result.IsValid);
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Edited, result.FirstBreak.Kind);
        Assert.Equal(2, result.CheckedCount);
    }

    [Fact]
    public void Verify_DeletedRow_BrokenAtTheNextSequence()
    {
        var events = Chain(5);
        events.RemoveAt(1);
        var result = AuditChain.Verify(events);
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Deleted, result.FirstBreak.Kind);
    }

    [Fact]
    public void Verify_DeletedAndRenumbered_Detected()
    {
        var events = Chain(5);
        events.RemoveAt(1);
        for (var i = 1; i < events.Count; i++)
        {
            events[i] = events[i] with { Sequence = i + 1 };
        }

        Assert.Equal(2, AuditChain.Verify(events).FirstBreak!.Sequence);
    }

    [Fact]
    public void Verify_Reordered_Detected()
    {
        var events = Chain(5);
        (events[1], events[2]) = (events[2], events[1]);
        var result = AuditChain.Verify(events);
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Deleted, result.FirstBreak.Kind); // 3 where 2 was expected
    }

    [Fact]
    public void Verify_WholeRowRecomputedWithNewHash_BreaksTheNextLink()
    {
        var events = Chain(4);
        var forged = events[1] with { Actor = "intruder" };
        events[1] = forged with { Hash = AuditHash.Compute(forged) };
        var result = AuditChain.Verify(events);
        Assert.Equal(3, result.FirstBreak!.Sequence);
        Assert.Equal(AuditBreakKind.Reordered, result.FirstBreak.Kind);
    }

    [Fact]
    public void Verify_ChainOpenedByAGenesisEvent_ReportsItAsTheStart()
    {
        var at = At;
        var details = "{}";
        var hash = AuditHash.Compute(AuditHash.Genesis, 1, AuditGenesis.Stream, AuditActors.System, at, AuditGenesis.Created, details);
        var genesis = new AuditEvent(1, AuditGenesis.Stream, AuditActors.System, at, AuditGenesis.Created, details, AuditHash.Genesis, hash);

        var result = AuditChain.Verify([genesis]);

        Assert.True(result.IsValid);
        Assert.Same(genesis, result.Genesis);
        Assert.Contains("begins with the database's creation at 2026-11-23 03:00:00 UTC", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NoGenesisEvent_ValidChainWithoutOne()
    {
        var result = AuditChain.Verify(Chain(3));

        Assert.True(result.IsValid);
        Assert.Null(result.Genesis);
    }
}
