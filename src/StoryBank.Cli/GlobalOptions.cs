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

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "A PostgreSQL bank instead of a file, as an Npgsql connection string (default: $STORYBANK_POSTGRES)",
        HelpName = "CONNSTR",
        Recursive = true,
    };

    public Option<string?> Owner { get; } = new("--owner")
    {
        Description = "Whose bank, in a database several people share (default: $STORYBANK_OWNER, else local)",
        HelpName = "NAME",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write JSON instead of tables and text",
        Recursive = true,
    };

    /// <summary>Opens the SQLite bank file at <paramref name="path"/> for the local owner, creating its folder.</summary>
    public static Task<BankStore> OpenBankAsync(string path, CancellationToken cancellationToken) =>
        OpenBankAsync(BankStoreOptions.ForSqliteFile(path), cancellationToken);

    /// <summary>Opens the bank the options describe for the local owner (for SQLite, creating the file's folder).</summary>
    public static Task<BankStore> OpenBankAsync(BankStoreOptions options, CancellationToken cancellationToken) =>
        OpenBankAsync(options, BankStore.LocalOwner, cancellationToken);

    /// <summary>Opens the bank the options describe for <paramref name="owner"/> (for SQLite, creating the file's folder).</summary>
    public static async Task<BankStore> OpenBankAsync(BankStoreOptions options, string owner, CancellationToken cancellationToken)
    {
        EnsureFolder(options);
        return await BankStore.OpenAsync(options, owner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the folder of a SQLite bank file; PostgreSQL banks need nothing.</summary>
    public static void EnsureFolder(BankStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StorageProvider.Sqlite
            && Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>
    /// The bank the command line points at: <c>--postgres</c> or <c>--db</c> (not both), else <c>STORYBANK_POSTGRES</c>,
    /// else <c>STORYBANK_DB</c>, else the default file; or the one-line reason it cannot tell.
    /// </summary>
    public (BankStoreOptions? Options, string? Error) ResolveBank(ParseResult parse, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var db = parse.GetValue(Db);
        var postgres = parse.GetValue(Postgres);
        if (!string.IsNullOrWhiteSpace(db) && !string.IsNullOrWhiteSpace(postgres))
        {
            return (null, "--db and --postgres name two different banks; give one of them");
        }

        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return (BankStoreOptions.ForPostgres(postgres), null);
        }

        if (string.IsNullOrWhiteSpace(db) && environment(PostgresVariable) is { Length: > 0 } fromEnvironment)
        {
            return (BankStoreOptions.ForPostgres(fromEnvironment), null);
        }

        return (BankStoreOptions.ForSqliteFile(BankLocation.Resolve(db, environment)), null);
    }

    /// <summary>
    /// Opens the bank the command line points at and runs <paramref name="action"/> on it; a bank it cannot tell
    /// (<c>--db</c> with <c>--postgres</c>) is one error line and exit code 1.
    /// </summary>
    public async Task<int> WithBankAsync(ParseResult parse, Func<string, string?> environment, Terminal terminal, Func<BankStore, Task<int>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(action);
        var bank = ResolveBank(parse, environment);
        if (bank.Error is { } error)
        {
            return terminal.Fail(error);
        }

        var owner = parse.GetValue(Owner) is { Length: > 0 } named ? named : environment(OwnerVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : BankStore.LocalOwner;
        if (owner.Length > MaxOwnerLength || owner.Any(char.IsWhiteSpace))
        {
            return terminal.Fail($"--owner must be at most {MaxOwnerLength} characters without spaces: '{owner}'");
        }

        var store = await OpenBankAsync(bank.Options!, owner, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            return await action(store).ConfigureAwait(false);
        }
    }

    /// <summary>The environment variable naming the owner whose bank the commands work on.</summary>
    public const string OwnerVariable = "STORYBANK_OWNER";

    private const int MaxOwnerLength = 64;

    /// <summary>The environment variable naming a PostgreSQL bank.</summary>
    public const string PostgresVariable = "STORYBANK_POSTGRES";
}
