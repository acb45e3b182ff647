using System.Text;
using StoryBank.Core.Import.Text;
using static StoryBank.Core.Tests.Import.Text.TextEncoding;

namespace StoryBank.Core.Tests.Import.Text;

public sealed class TextDecoderEncodingTests
{
    private const string Sample = "# Story — café, Коллекция, 故事 🎯\nResult: 10% → 50%\n";

    private static DecodedText Decoded(ReadOnlySpan<byte> bytes)
    {
        var result = TextDecoder.Decode(bytes);
        Assert.Null(result.Error);
        return Assert.IsType<DecodedText>(result.Text);
    }

    private static DecodeFailure Failed(ReadOnlySpan<byte> bytes)
    {
        var result = TextDecoder.Decode(bytes);
        Assert.Null(result.Text);
        return Assert.IsType<DecodeFailure>(result.Error);
    }

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsTextNamedUtf8()
    {
        var decoded = Decoded(Utf8(Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(0, decoded.MojibakeRepairs);
    }

    [Fact]
    public void Decode_Utf8WithBom_StripsBomAndNamesUtf8Bom()
    {
        var decoded = Decoded(WithPreamble(new UTF8Encoding(true), Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.EncodingName);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Decode_Utf16WithBom_DecodesAndStripsBom(bool bigEndian, string expectedName)
    {
        var decoded = Decoded(WithPreamble(new UnicodeEncoding(bigEndian, true), Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
    }

    [Theory]
    [InlineData(false, "utf-32le")]
    [InlineData(true, "utf-32be")]
    public void Decode_Utf32WithBom_DecodesAndStripsBom(bool bigEndian, string expectedName)
    {
        var decoded = Decoded(WithPreamble(new UTF32Encoding(bigEndian, true), Sample));

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Decode_Utf16WithoutBom_DetectedByNulPattern(bool bigEndian, string expectedName)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(Sample);

        var decoded = Decoded(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
    }

    [Fact]
    public void Decode_CyrillicUtf16WithoutBom_DetectedByItsSpacesAndLineBreaks()
    {
        const string Text = "Коллекция историй о работе\nСитуация задача действие результат\n";

        var decoded = Decoded(Encoding.Unicode.GetBytes(Text));

        Assert.Equal(Text, decoded.Text);
        Assert.Equal("utf-16le", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf16WithLoneSurrogate_FailsAsInvalidEncoding()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0];

        var failure = Failed(bytes);

        Assert.Equal(DecodeFailureKind.InvalidEncoding, failure.Kind);
        Assert.Contains("UTF-16LE", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc", "a\nb\nc")]
    [InlineData("a\rb\rc\r", "a\nb\nc\n")]
    [InlineData("a\r\n\r\nb\n\rc", "a\n\nb\n\nc")]
    [InlineData("\r\n", "\n")]
    public void Decode_CrLfAndLoneCr_BecomeLf(string text, string expected)
    {
        var result = TextDecoder.Decode(Utf8("x" + text));

        Assert.Equal("x" + expected, result.Text?.Text);
    }

    [Fact]
    public void Decode_CrLfInUtf16_BecomesLf()
    {
        var decoded = Decoded(WithPreamble(Encoding.Unicode, "one\r\ntwo\rthree"));

        Assert.Equal("one\ntwo\nthree", decoded.Text);
    }

    [Fact]
    public void Decode_OtherSeparatorsAndWhitespace_AreKept()
    {
        const string Text = "tab\there \f page\u2028line\u2029para\u0085next\u00A0nbsp  trailing  \n";

        Assert.Equal(Text, Decoded(Utf8(Text)).Text);
    }

    [Fact]
    public void Decode_Windows1252File_DecodesAsWindows1252()
    {
        var bytes = Cp1252.GetBytes("café – £5\r\nnaïve “quotes” …\n");

        var decoded = Decoded(bytes);

        Assert.Equal("café – £5\nnaïve “quotes” …\n", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Equal(0, decoded.MojibakeRepairs);
    }

    [Fact]
    public void Decode_Windows1252WithAccidentalUtf8Sequence_IsReportedAsCorruptUtf8()
    {
        // ß“ is DF 93, a valid two-byte UTF-8 sequence; é (E9) is not: valid and invalid sequences together.
        var bytes = Cp1252.GetBytes("Gruß“ café\n");

        var failure = Failed(bytes);

        Assert.Equal("invalid UTF-8 byte 0xE9 at line 1, column 9", failure.Message);
    }

    [Fact]
    public void Decode_CyrillicLegacyCodePage_FailsAsNeitherUtf8NorWindows1252()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes("Коллекция историй\n");

        var failure = Failed(bytes);

        Assert.Equal(DecodeFailureKind.InvalidEncoding, failure.Kind);
        Assert.Equal(1, failure.Line);
        Assert.Contains("neither UTF-8 nor Windows-1252", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CorruptUtf8_ReportsLineAndColumnOfFirstInvalidByte()
    {
        var lines = Enumerable.Range(1, 11).Select(i => $"line {i} — café").ToList();
        var bytes = Utf8(string.Join("\n", lines) + "\nné").ToList();
        bytes.AddRange([(byte)'a', 0xC3, (byte)'x', (byte)'\n', 0xE9]);

        var failure = Failed(bytes.ToArray());

        Assert.Equal(DecodeFailureKind.InvalidEncoding, failure.Kind);
        Assert.Equal(12, failure.Line);
        Assert.Equal("invalid UTF-8 byte 0xC3 at line 12, column 4", failure.Message);
    }

    [Fact]
    public void Decode_CorruptUtf8WithCrLfAndLoneCr_CountsLinesAsTheNormalizedText()
    {
        byte[] bytes = [.. Utf8("é\r\nb\rc\n"), 0xFF];

        var failure = Failed(bytes);

        Assert.Equal(4, failure.Line);
        Assert.Equal("invalid UTF-8 byte 0xFF at line 4, column 1", failure.Message);
    }

    [Fact]
    public void Decode_Utf8BomThenInvalidByte_FailsEvenWithoutValidMultiByteSequence()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'c', (byte)'a', (byte)'f', 0xE9];

        var failure = Failed(bytes);

        Assert.Equal("invalid UTF-8 byte 0xE9 at line 1, column 4", failure.Message);
    }

    [Fact]
    public void Decode_PngHeader_IsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8, 0x66];

        var failure = Failed(png);

        Assert.Equal(DecodeFailureKind.Binary, failure.Kind);
        Assert.Equal("binary file (not text)", failure.Message);
    }

    [Fact]
    public void Decode_RandomBytesWithNuls_IsBinary()
    {
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        bytes[100] = 0;

        Assert.Equal(DecodeFailureKind.Binary, Failed(bytes).Kind);
    }

    [Fact]
    public void Decode_NulInUtf8Text_IsBinary()
    {
        Assert.Equal(DecodeFailureKind.Binary, Failed(Utf8("some text\0more text, long enough to be text")).Kind);
    }

    [Fact]
    public void Decode_ManyControlCharactersWithoutNul_IsBinary()
    {
        var text = string.Concat(Enumerable.Repeat("ab\u0001\u0002cd\u001B", 50));

        Assert.Equal(DecodeFailureKind.Binary, Failed(Utf8(text)).Kind);
    }

    [Fact]
    public void Decode_OccasionalEscapeCharacter_IsText()
    {
        var text = "\u001B[1mBold\u001B[0m heading, and a long line of plain text that follows it\n";

        Assert.Equal(text, Decoded(Utf8(text)).Text);
    }

    [Fact]
    public void Decode_Utf16WithNulCharacters_IsBinary()
    {
        var bytes = WithPreamble(Encoding.Unicode, "text\0with\0nuls");

        Assert.Equal(DecodeFailureKind.Binary, Failed(bytes).Kind);
    }

    public static TheoryData<byte[]> EmptyInputs => new()
    {
        Array.Empty<byte>(),
        new byte[] { 0xEF, 0xBB, 0xBF },
        new byte[] { 0xFF, 0xFE },
        Utf8(" \r\n\t \n"),
        WithPreamble(Encoding.Unicode, "  \r\n "),
        Utf8(Misread("\uFEFF") + "\n"),
    };

    [Theory]
    [MemberData(nameof(EmptyInputs))]
    public void Decode_NoBytesOrOnlyWhitespaceOrBom_IsEmpty(byte[] bytes)
    {
        var failure = Failed(bytes);

        Assert.Equal(DecodeFailureKind.Empty, failure.Kind);
        Assert.Equal("the file is empty", failure.Message);
    }
}
