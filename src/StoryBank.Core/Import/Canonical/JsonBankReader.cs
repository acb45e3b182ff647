namespace StoryBank.Core.Import.Canonical;

/// <summary>Reads StoryBank's JSON export back into a document.</summary>
public static class JsonBankReader
{
    /// <summary>Reads one exported JSON document.</summary>
    public static ImportOutcome Read(string text, string file) =>
        ImportOutcome.Failure(new ImportError(file, 0, ImportErrorKind.Malformed, "JSON import is not available yet"));
}
