using StoryBank.Lint.Files;
using Spectre.Console;
using StoryBank.Core.Import;
using StoryBank.Storage;

namespace StoryBank.Cli.Importing;

/// <summary>The outcome of importing a set of files: all written, or (when <see cref="Errors"/> is not empty) none.</summary>
/// <param name="Reports">One entry per imported file.</param>
/// <param name="Unchanged">Stories that were already in the bank exactly as imported.</param>
/// <param name="Skipped">Files in folders that hold no stories, as <c>path: skipped: reason</c>.</param>
/// <param name="Errors">Every error, as <c>file:line: message</c>.</param>
internal sealed record ImportRunResult(
    IReadOnlyList<FileReport> Reports,
    int Unchanged,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads files one at a time and writes them to the bank in one transaction. After the first error it
/// keeps reading, so every error is reported, but writes nothing more and commits nothing.
/// </summary>
internal static class ImportRun
{
    private const int ManyFiles = 20;
    private const long BigBytes = 8L * 1024 * 1024;

    private static readonly HashSet<ImportErrorKind> SkippableInFolders = [ImportErrorKind.Binary, ImportErrorKind.Empty, ImportErrorKind.NoStories];

    public static async Task<ImportRunResult> ExecuteAsync(
        BankStore store,
        IReadOnlyList<ImportSource> sources,
        IAnsiConsole console,
        bool allowProgress,
        CancellationToken cancellationToken)
    {
        var showProgress = allowProgress
            && console.Profile.Capabilities.Interactive
            && (sources.Count > ManyFiles || sources.Sum(s => s.Length) > BigBytes);
        if (!showProgress)
        {
            return await ImportAllAsync(store, sources, progress: null, cancellationToken).ConfigureAwait(false);
        }

        // Progress is measured in bytes, and the description says what is happening to which file, so one big
        // file shows its own steps (reading, then saving its stories) instead of a bar stuck at zero.
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: Math.Max(1, sources.Sum(s => s.Length)));
                var progress = new ImportProgress(
                    source => task.Description = Markup.Escape($"Reading {Path.GetFileName(source.Path)} ({Megabytes(source.Length)})"),
                    (source, stories) => task.Description = Markup.Escape($"Saving {stories:N0} stories from {Path.GetFileName(source.Path)}"),
                    source => task.Increment(source.Length));
                return await ImportAllAsync(store, sources, progress, cancellationToken).ConfigureAwait(false);
            })
            .ConfigureAwait(false);
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):F1} MB" : $"{bytes / 1024.0:F0} KB";

    private static async Task<ImportRunResult> ImportAllAsync(
        BankStore store,
        IReadOnlyList<ImportSource> sources,
        ImportProgress? progress,
        CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>();
        var skipped = new List<string>();
        var errors = new List<string>();
        var unchanged = 0;
        var import = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (import.ConfigureAwait(false))
        {
            foreach (var source in sources)
            {
                progress?.Reading(source);
                ImportOutcome outcome;
                try
                {
                    outcome = await ReadAsync(source, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"{source.Path}: cannot read the file: {e.Message}");
                    progress?.Done(source);
                    continue;
                }

                if (outcome.Error is { } error)
                {
                    if (source.FoundInFolder && SkippableInFolders.Contains(error.Kind))
                    {
                        skipped.Add($"{source.Path}: skipped: {SkipReason(error)}");
                    }
                    else
                    {
                        errors.Add(error.ToString());
                    }
                }
                else if (errors.Count == 0)
                {
                    progress?.Saving(source, outcome.File!.Document.Stories.Count);
                    var counts = await import.AddAsync(outcome.File!, cancellationToken).ConfigureAwait(false);
                    reports.Add(FileReport.From(source.Path, outcome.File!, counts));
                    unchanged += counts.Unchanged;
                }

                progress?.Done(source);
            }

            if (errors.Count == 0)
            {
                await import.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return new ImportRunResult(errors.Count == 0 ? reports : [], unchanged, skipped, errors);
    }

    /// <summary>What the progress display is told as files go through.</summary>
    private sealed record ImportProgress(Action<ImportSource> Reading, Action<ImportSource, int> Saving, Action<ImportSource> Done);

    private static async Task<ImportOutcome> ReadAsync(ImportSource source, CancellationToken cancellationToken)
    {
        var stream = source.Open();
        await using (stream.ConfigureAwait(false))
        {
            return await BankImporter.ImportAsync(stream, source.Path, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SkipReason(ImportError error) => error.Kind switch
    {
        ImportErrorKind.Binary => "binary file",
        ImportErrorKind.Empty => "empty file",
        _ => error.Message,
    };
}
