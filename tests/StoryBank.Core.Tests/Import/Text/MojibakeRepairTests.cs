using StoryBank.Core.Import.Text;
using static StoryBank.Core.Tests.Import.Text.TextEncoding;

namespace StoryBank.Core.Tests.Import.Text;

public sealed class MojibakeRepairTests
{
    private static DecodedText DecodeUtf8(string text)
    {
        var result = TextDecoder.Decode(Utf8(text));
        Assert.Null(result.Error);
        return Assert.IsType<DecodedText>(result.Text);
    }

    [Theory]
    [InlineData("## ðŸŽ¯ What is STAR Method?", "## 🎯 What is STAR Method?")]
    [InlineData("decode â†’ upload to Zoho â†’ wait", "decode → upload to Zoho → wait")]
    [InlineData("(10% â†’ 50% â†’ 100%)", "(10% → 50% → 100%)")]
    [InlineData("## ðŸŽ¤ How to Use", "## 🎤 How to Use")]
    [InlineData("## ðŸ“š Related Documents", "## 📚 Related Documents")]
    [InlineData("wait â€” really", "wait — really")]
    [InlineData("it doesnâ€™t matter", "it doesn’t matter")]
    [InlineData("cafÃ© and rÃ©sumÃ©", "café and résumé")]
    [InlineData("costs Â£5", "costs £5")]
    [InlineData("â€œquotedâ€\u009D", "“quoted”")]
    public void Decode_MisreadUtf8_IsRepaired(string mojibake, string expected)
    {
        var decoded = DecodeUtf8(mojibake);

        Assert.Equal(expected, decoded.Text);
        Assert.True(decoded.MojibakeRepairs > 0);
    }

    [Theory]
    [InlineData("🎯 target, 👍 thumbs (0x8D), — dash, ’ quote, é, £, 中文, Коллекция")]
    [InlineData("Ñandú “¿Qué?” — naïve façade, 50 € – 5 ‰ ™")]
    [InlineData("Ελληνικά עברית العربية ⚠️ ✅ ✓ ★ …")]
    public void Decode_Windows1252Misread_RoundTripsToOriginal(string original)
    {
        Assert.Equal(original, DecodeUtf8(Misread(original)).Text);
    }

    [Fact]
    public void Decode_Latin1Misread_RoundTripsToOriginal()
    {
        const string Original = "“smart” — quotes… 🎯 and café";

        Assert.Equal(Original, DecodeUtf8(MisreadAsLatin1(Original)).Text);
    }

    [Fact]
    public void Decode_UndefinedWindows1252ByteKeptAsC1Control_IsRepaired()
    {
        Assert.Equal("👍 ok", DecodeUtf8("ðŸ‘\u008D ok").Text);
    }

    public static TheoryData<string> CorrectTexts => new()
    {
        "café", "naïve", "£100", "Ñandú", "Коллекция историй", "故事银行の物語", "🎯 📚 🎤 👍🏽 🇫🇷",
        "—", "→", "a – b — c", "“quoted” and ‘single’", "© 2024 ™ ® ° ± ½",
        "Straße“", "„Gruß“", "»Straße«", "GRÜß”", "CAFÉ—", "RÉSUMÉ…", "NOËL”", "ÉTÉ»",
        "voilà!", "¿Qué?", "¡Hola!", "Ça va… «oui»", "Ærø Ø Å", "Þórður ð", "Ã lone", "São Paulo, NÃO",
        "x² + y³ = z¹", "naïve’s", "€5 • €10", "ñ", "café\u00A0€", "« C’est testé\u00A0»", "« là\u00A0»",
        "« à\u00A0»", "C’était fermé…”", "Il a dit « oui »… né’”", "avó…”»",
    };

    [Theory]
    [MemberData(nameof(CorrectTexts))]
    public void Decode_CorrectText_IsUnchanged(string text)
    {
        var decoded = DecodeUtf8(text);

        Assert.Equal(text, decoded.Text);
        Assert.Equal(0, decoded.MojibakeRepairs);
    }

    [Theory]
    [InlineData("é")]
    [InlineData("🎯 → ok")]
    [InlineData("“it’s” — fine")]
    public void Decode_DoubleEncoded_IsRepairedInOneRunPerPlace(string original)
    {
        var decoded = DecodeUtf8(Misread(Misread(original)));

        Assert.Equal(original, decoded.Text);
    }

    [Fact]
    public void Decode_CjkMisreadRightAfterLatinWord_IsRepaired()
    {
        const string Original = "use Python编程 daily, 故事 and 한국어";

        Assert.Equal(Original, DecodeUtf8(Misread(Original)).Text);
    }

    [Fact]
    public void Decode_TripleEncoded_IsRepaired()
    {
        Assert.Equal("café →", DecodeUtf8(Misread(Misread(Misread("café →")))).Text);
    }

    [Fact]
    public void Decode_DoubleEncodedCharacter_CountsOneRepair()
    {
        Assert.Equal(1, DecodeUtf8("x " + Misread(Misread("é")) + " y").MojibakeRepairs);
    }

    [Fact]
    public void Decode_MixedCorrectAndBrokenOnOneLine_RepairsOnlyTheBrokenRuns()
    {
        var decoded = DecodeUtf8("Café ðŸŽ¯ naïve â†’ £5 — done â€” ok 🎤 Ñandú");

        Assert.Equal("Café 🎯 naïve → £5 — done — ok 🎤 Ñandú", decoded.Text);
        Assert.Equal(3, decoded.MojibakeRepairs);
    }

    [Fact]
    public void Decode_CorrectCharacterNextToMojibake_KeepsTheCorrectCharacter()
    {
        Assert.Equal("£→é—", DecodeUtf8("£â†’é" + Misread("—")).Text);
    }

    [Theory]
    [InlineData("ðŸ‘? thumbs")]
    [InlineData("ðŸ‘ thumbs")]
    [InlineData("wait â€ x")]
    [InlineData("ðŸŽ end")]
    [InlineData("Ã")]
    public void Decode_SequenceWithLostOrReplacedByte_IsLeftUntouched(string broken)
    {
        var decoded = DecodeUtf8(broken);

        Assert.Equal(broken, decoded.Text);
        Assert.Equal(0, decoded.MojibakeRepairs);
    }

    [Fact]
    public void Decode_BrokenRunNextToRepairableRun_RepairsOnlyTheValidSequences()
    {
        Assert.Equal("ðŸ‘? and →, ðŸ‘→", DecodeUtf8("ðŸ‘? and â†’, ðŸ‘â†’").Text);
    }

    [Fact]
    public void Decode_MisreadByteOrderMark_IsRepairedAndStripped()
    {
        Assert.Equal("# Title — ok", DecodeUtf8(Misread("\uFEFF# Title — ok")).Text);
    }

    [Fact]
    public void Decode_MojibakeInUtf16File_IsRepaired()
    {
        var bytes = WithPreamble(System.Text.Encoding.Unicode, "go â†’ ðŸŽ¯");

        Assert.Equal("go → 🎯", TextDecoder.Decode(bytes).Text?.Text);
    }

    [Fact]
    public void Decode_MojibakeAcrossLines_RepairsEachLine()
    {
        var decoded = DecodeUtf8("a â†’ b\r\nðŸ“š c\r\n");

        Assert.Equal("a → b\n📚 c\n", decoded.Text);
        Assert.Equal(2, decoded.MojibakeRepairs);
    }
}
