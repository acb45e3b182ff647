using System.CommandLine;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank backup FILE</c> and <c>storybank restore-backup FILE</c>: the whole bank as one portable archive.</summary>
internal static class BackupCommands
{
    public static Command CreateBackup(CliHost host, GlobalOptions global)
    {
        var file = new Argument<string>("FILE") { Description = "The archive to write (a ZIP holding bank.json; replaced if it exists)" };
        var command = new Command("backup", "Write the whole bank to one portable archive") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var path = Path.GetFullPath(parse.GetValue(file)!);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                // Written beside the target and moved over it, so a failed backup never leaves a half archive.
                var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
                try
                {
                    var stream = File.Create(temporary);
                    await using (stream.ConfigureAwait(false))
                    {
                        await store.WriteBackupAsync(stream, cancellationToken).ConfigureAwait(false);
                    }

                    File.Move(temporary, path, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary);
                }

                var counts = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(new { file = path, documents = counts.Documents, stories = counts.Stories });
                }
                else
                {
                    terminal.Line($"Backed up {counts.Stories} stories in {counts.Documents} documents to {path}");
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    public static Command CreateRestore(CliHost host, GlobalOptions global)
    {
        var file = new Argument<string>("FILE") { Description = "An archive written by `storybank backup`" };
        var command = new Command("restore-backup", "Restore a backup into an empty bank (SQLite or PostgreSQL)") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var path = Path.GetFullPath(parse.GetValue(file)!);
            if (!File.Exists(path))
            {
                return terminal.Fail($"{path}: no such file");
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var stream = File.OpenRead(path);
                await using (stream.ConfigureAwait(false))
                {
                    switch (await store.RestoreBackupAsync(stream, cancellationToken).ConfigureAwait(false))
                    {
                        case BackupRestoreResult.Refused refused:
                            return terminal.Fail($"{path}: {refused.Reason}");
                        case BackupRestoreResult.Restored restored when parse.GetValue(global.Json):
                            terminal.WriteJson(new { file = path, documents = restored.Documents, stories = restored.Stories });
                            break;
                        case BackupRestoreResult.Restored restored:
                            terminal.Line($"Restored {restored.Stories} stories in {restored.Documents} documents from {path}");
                            break;
                        default:
                            break;
                    }
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
