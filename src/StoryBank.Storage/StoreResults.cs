using StoryBank.Core.Model;

namespace StoryBank.Storage;

/// <summary>What importing one file changed in the bank, counted in stories.</summary>
/// <param name="DocumentId">The document the file belongs to.</param>
/// <param name="Inserted">Stories that were new.</param>
/// <param name="Updated">Stories that existed and changed.</param>
/// <param name="Deleted">Stories that are no longer in the document.</param>
/// <param name="Unchanged">Stories that existed exactly as imported.</param>
public sealed record ImportCounts(string DocumentId, int Inserted, int Updated, int Deleted, int Unchanged);

/// <summary>A stored document without its content.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">The document title.</param>
/// <param name="SourceFile">The file it was imported from.</param>
/// <param name="StoryCount">How many stories it holds.</param>
/// <param name="ImportedAt">When it was last imported.</param>
public sealed record DocumentSummary(string Id, string Title, string SourceFile, int StoryCount, DateTimeOffset ImportedAt);

/// <summary>How many documents and stories a bank holds.</summary>
public sealed record BankCounts(int Documents, int Stories);

/// <summary>The result of looking a story up by id or id prefix.</summary>
public abstract record StoryLookup
{
    private StoryLookup()
    {
    }

    /// <summary>Exactly one story matched; <paramref name="Version"/> is its revision, the stamp an edit must present.</summary>
    public sealed record Found(Story Story, int Version) : StoryLookup;

    /// <summary>No story matched <paramref name="Query"/>.</summary>
    public sealed record NotFound(string Query) : StoryLookup;

    /// <summary>Several stories start with <paramref name="Query"/>; <paramref name="Candidates"/> lists them (id, title).</summary>
    public sealed record Ambiguous(string Query, IReadOnlyList<StoryCandidate> Candidates) : StoryLookup;
}

/// <summary>A story an ambiguous lookup could have meant.</summary>
public sealed record StoryCandidate(string Id, string Title);

/// <summary>What a bank's database is and which schema it has.</summary>
/// <param name="Provider">The database engine.</param>
/// <param name="Location">Where it is (file path, or user@host:port/database).</param>
/// <param name="Version">The last migration applied: the schema version.</param>
/// <param name="AppliedNow">Migrations applied by the call that returned this (empty when none were due).</param>
/// <param name="Pending">Migrations still to apply (empty once the bank has been opened).</param>
public sealed record BankSchema(StorageProvider Provider, string Location, string Version, IReadOnlyList<string> AppliedNow, IReadOnlyList<string> Pending);

/// <summary>What made a revision.</summary>
public enum RevisionChange
{
    /// <summary>An import added or changed the story.</summary>
    Import,

    /// <summary>An import no longer held the story.</summary>
    Delete,

    /// <summary>The story was brought back from the trash.</summary>
    Undelete,

    /// <summary>The story was restored from a backup.</summary>
    Restore,

    /// <summary>The story was brought back to one of its earlier revisions.</summary>
    Revert,

    /// <summary>Someone edited the story (for example with <c>storybank edit</c>).</summary>
    Edit,
}
