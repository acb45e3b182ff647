using System.CommandLine;
using System.Text;
using StoryBank.Core.Export;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank export --format md|json --out DIR</c>: writes every document through an exporter.</summary>
internal static class ExportCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliHost host, GlobalOptions global)
    {
        var format = new Option<string>("--format")
        {
            Description = "md (canonical Markdown, one file per story) or json (one file per document)",
            Required = true,
        };
        format.AcceptOnlyFromAmong(ExportFormats.Names);
        var output = new Option<string>("--out") { Description = "The folder to write to (created when missing)", HelpName = "DIR", Required = true };
        var command = new Command("export", "Export the bank to files") { format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var formatName = parse.GetValue(format)!;
            if (!host.Exporters.TryGetValue(formatName, out var createExporter))
            {
                return terminal.Fail($"the export format '{formatName}' is not available in this build");
            }

            var exporter = createExporter();
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var documents = new List<Core.Model.Document>();
                foreach (var summary in await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false))
                {
                    documents.Add((await store.GetDocumentAsync(summary.Id, cancellationToken).ConfigureAwait(false))!);
                }

                // All documents go through the exporter together so that file names never collide.
                var written = new List<string>();
                foreach (var file in exporter.ExportAll(documents))
                {
                    written.Add(await WriteAtomicallyAsync(folder, file, cancellationToken).ConfigureAwait(false));
                }

                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(new { files = written.Count, folder, paths = written });
                }
                else
                {
                    terminal.Line($"Exported {written.Count} {(written.Count == 1 ? "file" : "files")} to {folder}");
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes to a temporary file beside the target, then moves it over the target, so readers never see half a file.</summary>
    private static async Task<string> WriteAtomicallyAsync(string folder, ExportedFile file, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(Path.Combine(folder, file.RelativePath));
        var relative = Path.GetRelativePath(folder, target);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new InvalidOperationException($"the exporter produced a path outside the export folder: '{file.RelativePath}'");
        }

        var targetFolder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(targetFolder);
        var temporary = Path.Combine(targetFolder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, file.Content, Utf8NoBom, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return target;
    }
}
