namespace ChatBot.Protocol; internal static class Placeholder;
