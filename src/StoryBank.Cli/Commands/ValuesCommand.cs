using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StoryBank.Cli.Catalog;
using StoryBank.Core.Catalog;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank values add|list|show|remove</c>: company value packs, built in and the owner's own.</summary>
internal static class ValuesCommand
{
    public static Command Create(CliHost host, GlobalOptions global) =>
        new("values", "Company value packs: add your own (YAML, see docs/value-packs.md), list, show and remove them")
        {
            CreateAdd(host, global),
            CreateList(host, global),
            CreateShow(host, global),
            CreateRemove(host, global),
        };

    private static Command CreateAdd(CliHost host, GlobalOptions global)
    {
        var file = new Argument<string>("FILE") { Description = "A value pack in YAML (docs/value-packs.md); your pack of the same company is replaced" };
        var command = new Command("add", "Add a company value pack from a YAML file") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return terminal.Fail($"{path}: no such file");
            }

            var yaml = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                switch (await store.AddValuePackAsync(yaml, path, cancellationToken).ConfigureAwait(false))
                {
                    case ValuePackResult.Added { Pack: var pack, Replaced: var replaced }:
                        var builtIn = CompanyPacks.HasBuiltIn(pack.Company);
                        if (parse.GetValue(global.Json))
                        {
                            terminal.WriteJson(new { company = pack.Company, values = pack.Values.Count, replaced, replacesBuiltIn = builtIn, source = pack.Source });
                        }
                        else
                        {
                            var instead = replaced ? $", in place of your earlier {pack.Company} pack" : builtIn ? $", used instead of the built-in {pack.Company} pack" : "";
                            terminal.Line($"Added {pack.Company}: {Values(pack.Values.Count)}{instead}.");
                        }

                        return Terminal.Success;
                    case ValuePackResult.Refused refused:
                        return terminal.Fail(refused.Message);
                    default:
                        throw new InvalidOperationException("unknown value pack result");
                }
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CreateList(CliHost host, GlobalOptions global)
    {
        var command = new Command("list", "List the value packs: built in and your own");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var catalog = await CompanyPacks.CatalogAsync(store, cancellationToken).ConfigureAwait(false);
                var packs = catalog.Packs.OrderBy(p => p.Company, StringComparer.OrdinalIgnoreCase).ToList();
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(packs.Select(p => new { company = p.Company, aliases = p.Aliases, values = p.Values.Count, source = p.Source, builtIn = CompanyPacks.IsBuiltIn(p) }));
                    return Terminal.Success;
                }

                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn("company").AddColumn("aliases").AddColumn(new TableColumn("values").RightAligned()).AddColumn("source");
                foreach (var pack in packs)
                {
                    table.AddRow(
                        new Text(pack.Company),
                        new Text(string.Join(", ", pack.Aliases)),
                        new Text(pack.Values.Count.ToString(CultureInfo.InvariantCulture)),
                        new Text(CompanyPacks.IsBuiltIn(pack) ? "built in" : $"added from {pack.Source}"));
                }

                host.Out.Write(table);
                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CreateShow(CliHost host, GlobalOptions global)
    {
        var name = new Argument<string>("NAME") { Description = "A company or one of its aliases (case does not matter)" };
        var command = new Command("show", "Show a value pack: each value with its description, competencies and sample questions") { name };
        SetPackAction(command, name, host, global, (parse, terminal, _, pack, _) =>
        {
            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(new { pack.Company, pack.Aliases, pack.Values, pack.Source, builtIn = CompanyPacks.IsBuiltIn(pack) });
                return Task.FromResult(Terminal.Success);
            }

            var source = CompanyPacks.IsBuiltIn(pack) ? "built in" : $"added from {pack.Source}";
            host.Out.Write(new Text($"{pack.Company} ({Values(pack.Values.Count)}, {source})\n", new Style(decoration: Decoration.Bold)));
            foreach (var value in pack.Values)
            {
                var kind = value.Kind == ValueKind.Value ? "" : $", {value.Kind.ToString().ToLowerInvariant()}";
                terminal.Line("");
                host.Out.Write(new Text($"{value.Name} ({value.Id}{kind})\n", new Style(decoration: Decoration.Bold)));
                terminal.Line($"  {value.Description}");
                terminal.Line($"  competencies: {string.Join(", ", value.Competencies)}");
                foreach (var question in value.Questions)
                {
                    terminal.Line($"  - {question}");
                }
            }

            return Task.FromResult(Terminal.Success);
        });
        return command;
    }

    private static Command CreateRemove(CliHost host, GlobalOptions global)
    {
        var name = new Argument<string>("NAME") { Description = "The company (or an alias) of a pack you added" };
        var command = new Command("remove", "Remove a value pack you added") { name };
        SetPackAction(command, name, host, global, async (parse, terminal, store, pack, cancellationToken) =>
        {
            if (CompanyPacks.IsBuiltIn(pack))
            {
                return terminal.Fail($"{pack.Company} is a built-in pack; only packs added with `storybank values add` can be removed");
            }

            await store.RemoveValuePackAsync(pack.Company, cancellationToken).ConfigureAwait(false);
            var builtIn = CompanyPacks.HasBuiltIn(pack.Company);
            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(new { company = pack.Company, removed = true, builtInAgain = builtIn });
            }
            else
            {
                terminal.Line($"Removed {pack.Company}{(builtIn ? $"; the built-in {pack.Company} pack is used again" : "")}.");
            }

            return Terminal.Success;
        });
        return command;
    }

    /// <summary>Runs <paramref name="action"/> on the pack named by <paramref name="name"/>; an unknown name lists the packs there are.</summary>
    private static void SetPackAction(Command command, Argument<string> name, CliHost host, GlobalOptions global, Func<ParseResult, Terminal, BankStore, ValuePack, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var (pack, error) = await CompanyPacks.FindAsync(store, parse.GetValue(name)!, cancellationToken).ConfigureAwait(false);
                return pack is null ? terminal.Fail(error!) : await action(parse, terminal, store, pack, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        });

    private static string Values(int count) => count == 1 ? "1 value" : $"{count.ToString(CultureInfo.InvariantCulture)} values";
}
