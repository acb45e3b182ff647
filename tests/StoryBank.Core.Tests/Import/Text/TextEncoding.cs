using System.Text;

namespace StoryBank.Core.Tests.Import.Text;

/// <summary>Byte builders for the decoder tests.</summary>
internal static class TextEncoding
{
    public static Encoding Cp1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>What a program does that reads UTF-8 as Windows-1252 (undefined bytes become C1 controls).</summary>
    public static string Misread(string text) => Cp1252.GetString(Utf8(text));

    /// <summary>What a program does that reads UTF-8 as Latin-1.</summary>
    public static string MisreadAsLatin1(string text) => Encoding.Latin1.GetString(Utf8(text));

    public static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    public static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
