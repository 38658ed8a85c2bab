namespace ChatBot.Domain.Time;

/// <summary>Japan Standard Time, explicit everywhere a rule counts days (deadlines, quarters, reminders).</summary>
public static class JapanTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static DateTimeOffset Now(TimeProvider time) => ToJapan(time.GetUtcNow());

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    public static DateTimeOffset ToJapan(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToJapan(instant).DateTime);

    /// <summary>The instant a Japan wall-clock time occurs (JST has no daylight saving time).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), Zone.GetUtcOffset(date.ToDateTime(time)));
}
