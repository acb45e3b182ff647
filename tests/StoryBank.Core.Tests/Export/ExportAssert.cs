using System.Text.Json;
using StoryBank.Core.Import;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

/// <summary>Assertions shared by the export tests.</summary>
internal static class ExportAssert
{
    /// <summary>The imported file of a successful outcome; fails with the error message otherwise.</summary>
    public static ImportedFile Succeeded(ImportOutcome outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        return outcome.File!;
    }

    /// <summary>Records with list members do not compare structurally, so documents are compared as canonical JSON.</summary>
    public static void SameDocument(Document expected, Document actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, ModelJson.Compact), JsonSerializer.Serialize(actual, ModelJson.Compact));

    public static void EveryLineClaimedOnce(ImportedFile file)
    {
        Assert.Empty(file.Accounting.UnaccountedLines);
        Assert.Empty(file.Accounting.DoublyClaimedLines);
        Assert.Equal(file.Accounting.NonBlankLines, file.Accounting.AccountedLines);
    }
}
