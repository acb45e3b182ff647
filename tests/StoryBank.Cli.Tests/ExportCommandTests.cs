using System.Text.Json;
using StoryBank.Core.Export;
using StoryBank.Core.Model;

namespace StoryBank.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Export_Json_OneFilePerDocumentInTheOutFolder()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        var folder = Path.Combine(_cli.Folder, "out", "nested");

        var result = await _cli.RunAsync("export", "--format", "json", "--out", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Exported 2 files to {folder}\n", result.Out);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.EndsWith(".json", f, StringComparison.Ordinal));
        var document = StoryBank.Core.Import.BankImporter.ImportText(File.ReadAllText(files[0]), files[0]).File!.Document;
        Assert.Equal(["abcd11110000", "abcd22220000"], document.Stories.Select(s => s.Id));
    }

    [Fact]
    public async Task Export_Markdown_CreatesSubfoldersOverwritesAndLeavesNoTemporaryFiles()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        var folder = Path.Combine(_cli.Folder, "out");
        await _cli.RunAsync("export", "--format", "md", "--out", folder);
        var firstRun = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var stale = firstRun.First(f => !f.EndsWith("index.md", StringComparison.Ordinal));
        var expected = File.ReadAllText(stale);
        File.WriteAllText(stale, "stale content");

        var result = await _cli.RunAsync("export", "--format", "md", "--out", folder, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        // Two documents: an index.md each, plus one file per story (three stories).
        Assert.Equal(5, json.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(expected, File.ReadAllText(stale));
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.Equal(5, files.Length);
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_UnknownFormat_ParseErrorExitsOne()
    {
        var result = await _cli.RunAsync("export", "--format", "docx", "--out", _cli.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("storybank: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("docx", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Export_ExporterThrows_ExitsTwoWithOneLineAndNoStackTrace()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        _cli.Exporters["md"] = () => new ThrowingExporter();

        var result = await _cli.RunAsync("export", "--format", "md", "--out", Path.Combine(_cli.Folder, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("storybank: unexpected error: the exporter broke\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ExporterThrowsWithDebugOn_ShowsTheStackTrace()
    {
        await _cli.SeedAsync(_cli.DbPath, Samples.Bank());
        _cli.Exporters["md"] = () => new ThrowingExporter();
        _cli.Environment["STORYBANK_DEBUG"] = "1";

        var result = await _cli.RunAsync("export", "--format", "md", "--out", Path.Combine(_cli.Folder, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    private sealed class ThrowingExporter : IDocumentExporter
    {
        public IReadOnlyList<ExportedFile> Export(Document document) => throw new InvalidOperationException("the exporter broke");

        public IReadOnlyList<ExportedFile> ExportAll(IEnumerable<Document> documents) => throw new InvalidOperationException("the exporter broke");
    }
}
