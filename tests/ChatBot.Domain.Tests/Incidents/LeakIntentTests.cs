using ChatBot.Domain.Incidents;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Tests.Incidents;

public class LeakIntentTests
{
    [Theory]
    [InlineData("マイナンバーの漏えいを報告したい")]
    [InlineData("個人番号が書かれた書類を紛失しました")]
    [InlineData("マイナンバーが入ったファイルを間違って別の人に送ってしまいました")]
    [InlineData("I think I sent a file with My Numbers to the wrong person")]
    [InlineData("漏洩かも")]
    [InlineData("漏えい等を報告する")]
    [InlineData("ｕｓｂメモリをなくしちゃった")]
    [InlineData("源泉徴収票を誤送信してしまったのですが、どうすればいいですか？")]
    [InlineData("Our laptop was stolen yesterday")]
    [InlineData("マイナンバーカードのコピーを落としてしまったみたい")]
    [InlineData("給与ファイルを社外の人にメールしちゃいました")]
    [InlineData("ロッカーの鍵が壊されていて、中の書類が盗難にあいました")]
    [InlineData("ﾏｲﾅﾝﾊﾞｰの一覧が入ったUSBが見当たらないです")]
    [InlineData("人事システムに不正アクセスされたかもしれません")]
    [InlineData("扶養控除申告書を電車に置き忘れました")]
    [InlineData("先ほど、宛先を間違えて源泉徴収票を送付しました。")]
    [InlineData("PCがランサムウェアに感染しました")]
    [InlineData("個人番号の台帳をなくしたっぽい")]
    [InlineData("I lost a USB stick with employee My Numbers on it")]
    [InlineData("Someone accessed the payroll folder without permission")]
    [InlineData("I accidentally emailed the tax forms to a client")]
    [InlineData("I can't find the folder with the My Number copies")]
    [InlineData("My bag with the forms was stolen on the train, what should I do?")]
    [InlineData("I want to report a possible leak")]
    public void Classify_TheIssueExamplesAndVariants_Description(string message) =>
        Assert.Equal(LeakIntentKind.Description, LeakIntent.Classify(message).Kind);

    [Theory]
    [InlineData("漏えいの報告期限は何日ですか？")]
    [InlineData("もし書類を紛失したらどうすればいいですか")]
    [InlineData("誤送信した場合、委員会への報告は必要？")]
    [InlineData("紛失した書類の扱いは？")]
    [InlineData("What counts as a leak?")]
    [InlineData("What should we do if a laptop is stolen?")]
    [InlineData("How do we prevent sending files to the wrong person?")]
    [InlineData("紛失時の報告先はどこですか")]
    [InlineData("誤送信を防ぐにはどうしたらいいですか")]
    [InlineData("盗難にあった場合は警察にも届けるべき？")]
    [InlineData("漏えいかどうかの判断基準を教えてください")]
    [InlineData("万が一USBをなくしたら、誰に連絡すればいい？")]
    [InlineData("暗号化したファイルを誤送信しても報告は必要ですか")]
    [InlineData("ランサムウェア対策として何をすべきですか")]
    [InlineData("Do we have to report a lost laptop if the disk was encrypted?")]
    [InlineData("Is an email sent to the wrong recipient a reportable leak?")]
    [InlineData("How many days do we have to report a breach to the PPC?")]
    public void Classify_QuestionAboutLeaks_Question(string message) =>
        Assert.Equal(LeakIntentKind.Question, LeakIntent.Classify(message).Kind);

    [Theory]
    [InlineData("")]
    [InlineData("マイナンバーの保管期間は？")]
    [InlineData("特に問題ありません")]
    [InlineData("How long do we keep My Numbers?")]
    public void Classify_NothingAboutLeaks_None(string message) =>
        Assert.Equal(LeakIntentKind.None, LeakIntent.Classify(message).Kind);

    // Blind sets, each written by someone who never saw the code. Floors are the measured figures minus two points, so a
    // small regression fails the build and an unrelated improvement does not need the figure edited.
    //   leak-intent-set.yaml: tuned on before (100% of 81 descriptions, 100% of 84 questions).
    //   leak-intent-set-2.yaml: the second set's dev half, tuned on (75.0% -> 100% of 72 descriptions, 100% of 76 questions).
    //   leak-intent-set-3.yaml: the second set's holdout half, measured once after the work and never tuned on
    //   (83.3% of 72 descriptions, 100% of 74 questions): below the 95% target; its misses are left as they were found.
    //   Measured again, once, after the set-4 round (not looked at while working): 87.5% of descriptions, 100% of questions.
    //   leak-intent-set-4.yaml: a third blind set, used as the dev set for the fourth round (86.9% of 99 descriptions and
    //   93.1% of 101 questions before, 100% and 100% after); its misses were fixed by class, and the classes were then
    //   tried on new lines of our own (leak-intent-examples.yaml) that no set holds.
    [Theory]
    [InlineData("leak-intent-set.yaml", 0.98)]
    [InlineData("leak-intent-set-2.yaml", 0.98)]
    [InlineData("leak-intent-set-3.yaml", 0.855)]
    [InlineData("leak-intent-set-4.yaml", 0.98)]
    public void Classify_BlindDescriptions_MostAreDescriptions(string set, double floor)
    {
        var (rate, misses) = Measure(set, "descriptions", kind => kind == LeakIntentKind.Description);
        Assert.True(rate >= floor, $"{rate:P1} of descriptions classified Description; misses:\n{string.Join("\n", misses)}");
    }

    [Theory]
    [InlineData("leak-intent-set.yaml", 0.98)]
    [InlineData("leak-intent-set-2.yaml", 0.98)]
    [InlineData("leak-intent-set-3.yaml", 0.98)]
    [InlineData("leak-intent-set-4.yaml", 0.98)]
    public void Classify_BlindQuestions_MostAreNotDescriptions(string set, double floor)
    {
        var (rate, misses) = Measure(set, "questions", kind => kind != LeakIntentKind.Description);
        Assert.True(rate >= floor, $"{rate:P1} of questions not classified Description; misses:\n{string.Join("\n", misses)}");
    }

    [Theory]
    [InlineData("descriptions")]
    [InlineData("questions")]
    [InlineData("unrelated")]
    public void Classify_OwnExamples_AsLabelled(string section)
    {
        var messages = Examples(OwnExamplesPath, section);
        var misses = messages.Select(m => (Message: m, Result: LeakIntent.Classify(m))).Where(r => section switch
        {
            "descriptions" => r.Result.Kind != LeakIntentKind.Description,
            _ => r.Result.Kind == LeakIntentKind.Description,
        }).Select(r => $"{r.Result.Kind} ({r.Result.Rule}): {r.Message}").ToList();
        Assert.NotEmpty(messages);
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    private static (double Rate, List<string> Misses) Measure(string set, string section, Func<LeakIntentKind, bool> right)
    {
        var messages = Examples(Path.Combine(Root, "tests", "ChatBot.Host.Tests", set), section);
        var misses = new List<string>();
        foreach (var message in messages)
        {
            var result = LeakIntent.Classify(message);
            if (!right(result.Kind)) misses.Add($"{result.Kind} ({result.Rule}): {message}");
        }
        Assert.NotEmpty(messages);
        return (1.0 - (double)misses.Count / messages.Count, misses);
    }

    private static string OwnExamplesPath => Path.Combine(Root, "tests", "ChatBot.Domain.Tests", "Incidents", "leak-intent-examples.yaml");

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) dir = dir.Parent;
            return dir!.FullName;
        }
    }

    private static List<string> Examples(string path, string section)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root.Children[new YamlScalarNode(section)]).Children.Select(n => ((YamlScalarNode)n).Value ?? "")];
    }
}
