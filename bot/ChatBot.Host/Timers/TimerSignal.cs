using ChatBot.Host.Hosting;

namespace ChatBot.Host.Timers;

/// <summary>Wakes the timer worker when a timer is scheduled.</summary>
internal sealed class TimerSignal : WakeSignal;
