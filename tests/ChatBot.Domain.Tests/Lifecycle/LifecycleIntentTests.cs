using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Tests.Knowledge;

namespace ChatBot.Domain.Tests.Lifecycle;

public sealed class LifecycleIntentTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot);

    [Theory]
    [InlineData("廃棄", "dispose")]
    [InlineData("廃棄。", "dispose")]
    [InlineData("削除・廃棄", "dispose")]
    [InlineData("取得の手順", "collect")]
    [InlineData("取得・収集", "collect")]
    [InlineData("収集ガイド", "collect")]
    [InlineData("保管", "store")]
    [InlineData("保管の手順", "store")]
    [InlineData("利用", "use")]
    [InlineData("提供の流れ", "provide")]
    [InlineData("マイナンバーの廃棄", "dispose")]
    [InlineData("dispose", "dispose")]
    [InlineData("Disposal guide", "dispose")]
    [InlineData("collection steps", "collect")]
    [InlineData("storage", "store")]
    [InlineData("ｄｉｓｐｏｓａｌ", "dispose")]
    public void Match_ShortStepIntent_FindsTheStep(string text, string step) => Assert.Equal(step, LifecycleIntent.Match(text, Knowledge));

    [Theory]
    [InlineData("扶養控除等申告書はいつ廃棄？")]
    [InlineData("廃棄はいつ？")]
    [InlineData("廃棄方法を教えて")]
    [InlineData("How do we dispose of old forms?")]
    [InlineData("保管期間は何年ですか")]
    [InlineData("")]
    [InlineData("ヘルプ")]
    [InlineData("取扱いガイド")]
    public void Match_QuestionOrOtherText_IsNotAnIntent(string text) => Assert.Null(LifecycleIntent.Match(text, Knowledge));
}
