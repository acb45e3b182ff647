using System.CommandLine;
using StoryBank.Storage;

namespace StoryBank.Cli;

/// <summary>The options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "The bank file (default: $STORYBANK_DB, else $XDG_DATA_HOME/storybank/bank.db)",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write JSON instead of tables and text",
        Recursive = true,
    };

    /// <summary>Opens the bank the options point at for the local owner, creating its folder.</summary>
    public static async Task<BankStore> OpenBankAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return await BankStore.OpenAsync(BankStoreOptions.ForSqliteFile(path), BankStore.LocalOwner, cancellationToken).ConfigureAwait(false);
    }
}
