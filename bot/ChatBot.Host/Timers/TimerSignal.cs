using ChatBot.Host.Infrastructure.Durable;

namespace ChatBot.Host.Timers;

/// <summary>Wakes the timer worker when a timer is scheduled.</summary>
internal sealed class TimerSignal : WakeSignal;
