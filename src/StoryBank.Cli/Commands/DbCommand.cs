using System.CommandLine;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank db info|migrate</c>: what the bank's database is, and bringing its schema up to date.</summary>
internal static class DbCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var info = new Command("info", "Show the bank's provider, location, schema version and counts");
        info.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var schema = await store.SchemaAsync(cancellationToken).ConfigureAwait(false);
                var counts = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(new { provider = schema.Provider.ToString(), location = schema.Location, schemaVersion = schema.Version, documents = counts.Documents, stories = counts.Stories });
                }
                else
                {
                    terminal.Line($"provider: {schema.Provider}");
                    terminal.Line($"location: {schema.Location}");
                    terminal.Line($"schema version: {schema.Version}");
                    terminal.Line($"documents: {counts.Documents}, stories: {counts.Stories}");
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });

        var migrate = new Command("migrate", "Bring the bank's schema up to date (opening a bank does it too)");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var bank = global.ResolveBank(parse, host.Environment);
            if (bank.Error is { } bankError)
            {
                return terminal.Fail(bankError);
            }

            GlobalOptions.EnsureFolder(bank.Options!);
            var schema = await BankStore.MigrateAsync(bank.Options!, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(new { provider = schema.Provider.ToString(), location = schema.Location, schemaVersion = schema.Version, applied = schema.AppliedNow });
            }
            else
            {
                terminal.Line(schema.AppliedNow.Count == 0
                    ? $"The schema is up to date ({schema.Version})."
                    : $"Applied {string.Join(", ", schema.AppliedNow)}; schema version {schema.Version}.");
            }

            return Terminal.Success;
        });

        return new Command("db", "The bank's database: info, migrate") { info, migrate };
    }
}
