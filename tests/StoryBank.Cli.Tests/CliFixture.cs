using System.Text.Json;
using Spectre.Console.Testing;
using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Model;
using StoryBank.Storage;

namespace StoryBank.Cli.Tests;

/// <summary>The exit code and both output streams of one in-process <c>storybank</c> run.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>
/// Runs <c>storybank</c> in-process against a temporary folder with a real SQLite bank file,
/// a fake environment and test consoles.
/// </summary>
public sealed class CliFixture : IDisposable
{
    public CliFixture()
    {
        Folder = Directory.CreateTempSubdirectory("storybank-cli-").FullName;
        DbPath = Path.Combine(Folder, "bank.db");
        Environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOME"] = Path.Combine(Folder, "home"),
            ["STORYBANK_DB"] = DbPath,
        };
    }

    public string Folder { get; }

    public string DbPath { get; }

    public Dictionary<string, string?> Environment { get; }

    /// <summary>The export formats the runs get; the CLI's real map is wired in Program's host.</summary>
    public Dictionary<string, Func<IDocumentExporter>> Exporters { get; } = new(ExportFormats.All, StringComparer.Ordinal);

    /// <summary>Runs as if on an interactive terminal, where the progress display may appear.</summary>
    public bool Interactive { get; set; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new TestConsole().Width(250);
        if (Interactive)
        {
            output.Interactive();
        }

        using var error = new TestConsole().Width(250);
        var host = new CliHost(output, error, name => Environment.GetValueOrDefault(name), Exporters);
        var exitCode = await StoryBankCli.RunAsync(args, host);
        return new CliResult(exitCode, output.Output, error.Output);
    }

    public string WriteFile(string relativePath, string content) => WriteFile(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public async Task SeedAsync(string dbPath, params Document[] documents)
    {
        await using var store = await BankStore.OpenAsync(BankStoreOptions.ForSqliteFile(dbPath), BankStore.LocalOwner, CancellationToken.None);
        await store.ImportAsync(
            documents.Select(d => new ImportedFile(d, FragmentKind.Whole, SourceFormat.Json, "utf-8", 0, [], new LineAccounting(0, 0, [], []))),
            CancellationToken.None);
    }

    public async Task<BankCounts> CountsAsync(string? dbPath = null)
    {
        await using var store = await BankStore.OpenAsync(BankStoreOptions.ForSqliteFile(dbPath ?? DbPath), BankStore.LocalOwner, CancellationToken.None);
        return await store.CountsAsync(CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
