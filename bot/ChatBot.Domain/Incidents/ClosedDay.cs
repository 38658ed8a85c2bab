namespace ChatBot.Domain.Incidents;

/// <summary>What makes a deadline move to the next day (行政機関の休日に関する法律第1条); rules.yaml lists which apply.</summary>
public enum ClosedDay { Saturday, Sunday, NationalHoliday, YearEnd }
