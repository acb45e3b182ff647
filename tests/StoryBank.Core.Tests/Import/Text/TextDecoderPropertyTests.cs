using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StoryBank.Core.Import.Text;
using static StoryBank.Core.Tests.Import.Text.TextEncoding;

namespace StoryBank.Core.Tests.Import.Text;

/// <summary>
/// Round-trip properties. The generators build text so that each property holds by construction:
/// no control characters (those make a file binary), no U+FEFF (a leading one is a BOM), no unpaired surrogates,
/// and never two high Windows-1252 characters side by side — each such character (é, £, —, ’...) is followed
/// by an ASCII letter — so the correct text itself contains nothing that reads as mojibake.
/// </summary>
public sealed class TextDecoderPropertyTests
{
    private const string HighWindows1252Specials = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private static readonly Gen<char> AsciiLetter =
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());

    private static readonly Gen<string> AsciiPiece = Gen.Choose(0x21, 0x7E).Select(code => ((char)code).ToString());

    private static readonly Gen<string> Separator = Gen.Elements(" ", " ", "\n", "\r\n", "\r", "\t");

    // Latin-1 supplement and the Windows-1252 specials: the characters mojibake is made of.
    private static readonly Gen<string> HighWindows1252Piece =
        from high in Gen.OneOf(Gen.Choose(0xA0, 0xFF).Select(code => (char)code), Gen.Elements(HighWindows1252Specials.ToCharArray()))
        from letter in AsciiLetter
        select $"{high}{letter}";

    // Words of two or more characters from scripts with no Windows-1252 byte: a lone CJK character glued to a
    // Latin word is deliberately left alone by the repair (it is indistinguishable from "fermé…”").
    private static readonly Gen<string> ScriptWord =
        from range in Gen.Elements((0x0410, 0x044F), (0x0391, 0x03C9), (0x05D0, 0x05EA), (0x0627, 0x064A),
            (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x3041, 0x3096), (0x2190, 0x21FF), (0x1F300, 0x1F64F))
        from codes in Gen.ArrayOf(Gen.Choose(range.Item1, range.Item2)).Where(codes => codes.Length >= 2)
        select string.Concat(codes.Select(char.ConvertFromUtf32));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, AsciiPiece), (3, Separator), (2, HighWindows1252Piece), (2, ScriptWord));

    private static readonly Gen<string> Text =
        from pieces in Gen.ListOf(Piece)
        from nonAscii in Gen.OneOf(HighWindows1252Piece, ScriptWord)
        select "x " + nonAscii + string.Concat(pieces);

    [Property(MaxTest = 300)]
    public Property Decode_Utf8OfText_ReturnsTextWithLineEndingsNormalized() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var decoded = TextDecoder.Decode(Utf8(text)).Text;

            Assert.NotNull(decoded);
            Assert.Equal(NormalizeLineEndings(text), decoded.Text);
            Assert.Equal(0, decoded.MojibakeRepairs);
        });

    [Property(MaxTest = 300)]
    public Property Decode_Utf8OfWindows1252Misread_RepairsToOriginalText() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var decoded = TextDecoder.Decode(Utf8(Misread(text))).Text;

            Assert.NotNull(decoded);
            Assert.Equal(NormalizeLineEndings(text), decoded.Text);
            Assert.True(decoded.MojibakeRepairs > 0);
        });

    [Property(MaxTest = 300)]
    public Property Decode_Utf8OfDoubleMisread_RepairsToOriginalText() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var decoded = TextDecoder.Decode(Utf8(Misread(Misread(text)))).Text;

            Assert.NotNull(decoded);
            Assert.Equal(NormalizeLineEndings(text), decoded.Text);
        });

    [Property(MaxTest = 300)]
    public bool Decode_AnyBytes_ReturnsExactlyOneOfTextOrError(byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes ?? []);

        return (result.Text is null) != (result.Error is null);
    }

    // Dense high Windows-1252 text exercises every branch of the repair: valid, truncated and nested sequences.
    [Property(MaxTest = 300)]
    public Property Decode_DenseMojibakeAlphabet_NeverThrowsAndNeverLengthens() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.OneOf(Gen.Choose(0x80, 0xFF).Select(code => (char)code),
                    Gen.Elements((HighWindows1252Specials + "a ?\n").ToCharArray())))
                .Select(chars => "x" + new string(chars))
                .ToArbitrary(),
            text =>
            {
                var decoded = TextDecoder.Decode(Utf8(text)).Text;

                Assert.NotNull(decoded);
                Assert.True(decoded.Text.Length <= text.Length);
            });
}
