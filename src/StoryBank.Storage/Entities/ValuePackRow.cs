namespace StoryBank.Storage.Entities;

/// <summary>A company value pack the owner added: the YAML as given, read again whenever it is used.</summary>
internal sealed class ValuePackRow
{
    public required string OwnerId { get; set; }

    /// <summary>The company in lower case: one pack per company and owner, whatever the case it is written in.</summary>
    public required string CompanyKey { get; set; }

    /// <summary>The company as the pack writes it.</summary>
    public required string Company { get; set; }

    /// <summary>The pack's YAML text, exactly as it was added.</summary>
    public required string Yaml { get; set; }

    /// <summary>The name of the file the pack was read from.</summary>
    public required string SourceFile { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
