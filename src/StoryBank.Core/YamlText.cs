using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StoryBank.Core;

/// <summary>
/// Loads YAML with YamlDotNet's representation model and turns each of its ways of refusing a text — YamlException, and the
/// ArgumentException and InvalidOperationException it throws on some streams (a key-less ":" line, a tag that is not a
/// URI, an unclosed "[") — into one problem with a line.
/// </summary>
internal static class YamlText
{
    /// <summary>The documents of <paramref name="text"/>, or the 1-based line (0 when unknown) and the problem.</summary>
    public static (YamlStream? Stream, int Line, string? Problem) Load(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
            return (stream, 0, null);
        }
        catch (YamlException e)
        {
            return (null, (int)e.Start.Line, $"not valid YAML: {(e.InnerException ?? e).Message}");
        }
        catch (InvalidOperationException)
        {
            // The scanner gives up this way on some broken flow collections ("[a, b" left open); no line is known.
            return (null, 0, "not valid YAML (an unclosed [ or { list?)");
        }
        catch (ArgumentException e)
        {
            return (null, LineOfTrouble(text), $"not valid YAML: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>
    /// Where the parser stops on <paramref name="text"/>, or the first plain empty scalar it reads (what a key-less ":"
    /// parses to); 0 when neither is found.
    /// </summary>
    private static int LineOfTrouble(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 0;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
                if (parser.Current is YamlDotNet.Core.Events.Scalar { Value.Length: 0, Style: ScalarStyle.Plain })
                {
                    return line;
                }
            }
        }
        catch (Exception e) when (e is YamlException or ArgumentException)
        {
            return e is YamlException yaml ? (int)yaml.Start.Line : line;
        }

        return 0;
    }
}
