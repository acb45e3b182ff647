namespace StoryBank.Storage.Tests;

/// <summary>A real SQLite bank file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempBank : IDisposable
{
    public TempBank()
    {
        Folder = Directory.CreateTempSubdirectory("storybank-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "bank.db");
        Options = BankStoreOptions.ForSqliteFile(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public BankStoreOptions Options { get; }

    public Task<BankStore> OpenAsync(string owner = BankStore.LocalOwner) =>
        BankStore.OpenAsync(Options, owner, CancellationToken.None);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
