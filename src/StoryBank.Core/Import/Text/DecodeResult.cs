namespace StoryBank.Core.Import.Text;

/// <summary>Decoded text with how it was decoded.</summary>
/// <param name="Text">The text, line endings normalized to <c>\n</c>, without BOM.</param>
/// <param name="EncodingName">"utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be" or "windows-1252".</param>
/// <param name="MojibakeRepairs">How many mis-decoded runs were repaired.</param>
public sealed record DecodedText(string Text, string EncodingName, int MojibakeRepairs);

/// <summary>Why bytes could not be decoded as text.</summary>
/// <param name="Kind">The class of failure.</param>
/// <param name="Line">The 1-based line of the first bad byte, 0 when not applicable.</param>
/// <param name="Message">A one-line explanation.</param>
public sealed record DecodeFailure(DecodeFailureKind Kind, int Line, string Message);

/// <summary>Classes of decoding failure.</summary>
public enum DecodeFailureKind
{
    /// <summary>No bytes, or only whitespace.</summary>
    Empty,
    /// <summary>Binary content (NUL bytes, control characters).</summary>
    Binary,
    /// <summary>Damaged UTF-8 or UTF-16/32, or a legacy code page other than Windows-1252.</summary>
    InvalidEncoding,
}

/// <summary>Either decoded text or a failure. Immutable.</summary>
public sealed record DecodeResult
{
    private DecodeResult(DecodedText? text, DecodeFailure? failure)
    {
        Text = text;
        Error = failure;
    }

    /// <summary>The decoded text, on success.</summary>
    public DecodedText? Text { get; }

    /// <summary>The failure, otherwise.</summary>
    public DecodeFailure? Error { get; }

    /// <summary>A success.</summary>
    public static DecodeResult Success(DecodedText text) => new(text, null);

    /// <summary>A failure.</summary>
    public static DecodeResult Fail(DecodeFailure failure) => new(null, failure);
}
