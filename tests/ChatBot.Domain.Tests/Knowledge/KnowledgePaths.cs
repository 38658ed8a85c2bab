namespace ChatBot.Domain.Tests.Knowledge;

/// <summary>Paths of the real content and the fixtures, found by walking up to the repository root.</summary>
internal static class KnowledgePaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string KnowledgeRoot => Path.Combine(RepoRoot, "knowledge");

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "ChatBot.Domain.Tests", "Knowledge", "Fixtures");

    public static string ValidFixture => Path.Combine(Fixtures, "valid");

    public static string BlindSet => Path.Combine(RepoRoot, "tests", "ChatBot.Domain.Tests", "Knowledge", "blind-set.yaml");

    /// <summary>A second blind set, by another writer, held out of all tuning until it was added as a floor.</summary>
    /// <summary>A file beside the tests of the knowledge base (the blind sets).</summary>
    public static string Knowledge(string file) => Path.Combine(RepoRoot, "tests", "ChatBot.Domain.Tests", "Knowledge", file);

    public static string BlindSet2 => Path.Combine(RepoRoot, "tests", "ChatBot.Domain.Tests", "Knowledge", "blind-set-2.yaml");

    public static string EvalSet => Path.Combine(RepoRoot, "tests", "ChatBot.Domain.Tests", "Knowledge", "eval-set.yaml");

    /// <summary>A temporary copy of the valid fixture with the files of <c>Fixtures/invalid/&lt;name&gt;</c> laid over it.</summary>
    public static string InvalidFixture(string name)
    {
        var target = Path.Combine(Path.GetTempPath(), "knowledge-fixture-" + Guid.NewGuid().ToString("N"));
        Copy(ValidFixture, target);
        Copy(Path.Combine(Fixtures, "invalid", name), target);
        return target;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (ChatBot.sln with knowledge/) above {AppContext.BaseDirectory}.");
    }
}
