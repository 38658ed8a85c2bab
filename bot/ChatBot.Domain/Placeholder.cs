namespace ChatBot.Domain; internal static class Placeholder;
