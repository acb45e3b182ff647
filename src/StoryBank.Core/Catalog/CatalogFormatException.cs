namespace StoryBank.Core.Catalog;

/// <summary>A catalogue file (a value pack, the question bank, the taxonomy) is malformed.</summary>
public sealed class CatalogFormatException : FileProblemException
{
    /// <summary>Creates the exception for <paramref name="file"/> (and <paramref name="line"/> when not 0).</summary>
    public CatalogFormatException(string file, int line, string problem)
        : base(file, line, problem)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogFormatException()
        : this("catalogue", 0, "malformed catalogue")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogFormatException(string message)
        : this("catalogue", 0, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CatalogFormatException(string message, Exception innerException)
        : base("catalogue", message, innerException)
    {
    }
}
