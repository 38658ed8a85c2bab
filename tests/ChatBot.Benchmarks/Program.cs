using ChatBot.Benchmarks;

// dotnet run -c Release --project tests/ChatBot.Benchmarks -- <scenario> [options]
return args.FirstOrDefault() switch
{
    "turns" => await TurnsBenchmark.RunAsync(args[1..]),
    "knowledge" => KnowledgeBenchmark.Run(args[1..]),
    "inspections" => InspectionsBenchmark.Run(args[1..]),
    "ask" => AskTool.Run(args[1..]),
    "eval" => EvalTool.Run(args[1..]),
    "why" => WhyTool.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ChatBot.Benchmarks turns [--users 50] [--seconds 20] [--warmup 3] [--text help | --kb]");
    Console.Error.WriteLine("       ChatBot.Benchmarks knowledge ...");
    Console.Error.WriteLine("       ChatBot.Benchmarks inspections [--handlers 5000]");
    Console.Error.WriteLine("       ChatBot.Benchmarks ask \"question\" [...]");
    Console.Error.WriteLine("       ChatBot.Benchmarks eval set.yaml [...]");
    Console.Error.WriteLine("       ChatBot.Benchmarks why set.yaml [...]");
    return 2;
}
