using System.Text.Json;
using Spectre.Console;
using StoryBank.Core.Model;

namespace StoryBank.Cli;

/// <summary>The few ways a command speaks: rendered output, raw JSON, notes and one-line errors.</summary>
internal sealed class Terminal(CliHost host)
{
    /// <summary>Exit code of a successful command.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a user error (bad input, unknown id, unreadable file).</summary>
    public const int UserError = 1;

    /// <summary>Exit code of a failure that is StoryBank's fault.</summary>
    public const int InternalError = 2;

    public IAnsiConsole Out => host.Out;

    /// <summary>Writes <paramref name="value"/> as indented camelCase JSON, unwrapped and without markup.</summary>
    public void WriteJson<T>(T value)
    {
        var writer = host.Out.Profile.Out.Writer;
        writer.Write(JsonSerializer.Serialize(value, ModelJson.Indented));
        writer.Write('\n');
        writer.Flush();
    }

    /// <summary>A plain line on standard output, never wrapped and never read as markup.</summary>
    public void Line(string text) => WriteRaw(host.Out, text);

    /// <summary>An informational line on standard error, so it never mixes with JSON on standard output.</summary>
    public void Note(string text) => WriteRaw(host.Error, text);

    /// <summary>Writes <c>storybank: message</c> on standard error as exactly one line.</summary>
    public void Error(string message) => host.Tool.Error(message);

    /// <summary>Reports a user error and returns its exit code.</summary>
    public int Fail(string message)
    {
        Error(message);
        return UserError;
    }

    private static void WriteRaw(IAnsiConsole console, string line)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(line);
        writer.Write('\n');
        writer.Flush();
    }
}
