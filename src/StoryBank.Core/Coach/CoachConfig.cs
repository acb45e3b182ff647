using System.Collections.Frozen;
using System.Text.Json;

namespace StoryBank.Core.Coach;

/// <summary>
/// Reads <c>storybank.json</c>: speaking rate, time targets, balance thresholds and per-rule severities
/// (see <c>docs/schema/storybank.schema.json</c>). Strict: an unknown setting, a wrong type, a value out of
/// range or an unknown rule is an error naming the file and line.
/// </summary>
public static class CoachConfig
{
    /// <summary>The file name looked for in the current folder.</summary>
    public const string FileName = "storybank.json";

    /// <summary>Reads a configuration from <paramref name="content"/>, reported as <paramref name="file"/>.</summary>
    /// <exception cref="CoachConfigurationException">The configuration is malformed or invalid.</exception>
    public static async Task<CoachOptions> ReadAsync(Stream content, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Parse(buffer.ToArray(), file);
    }

    /// <summary>Parses a configuration held in <paramref name="utf8"/>, reported as <paramref name="file"/>.</summary>
    /// <exception cref="CoachConfigurationException">The configuration is malformed or invalid.</exception>
    public static CoachOptions Parse(ReadOnlySpan<byte> utf8, string file)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var parser = new Parser(utf8.ToArray(), file);
        try
        {
            return parser.Read();
        }
        catch (JsonException e)
        {
            throw new CoachConfigurationException(file, (int)(e.LineNumber ?? -1) + 1, $"not valid JSON: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }

    private sealed class Parser(byte[] utf8, string file)
    {
        private CoachOptions _options = CoachOptions.Default;
        private readonly Dictionary<string, Severity> _severities = new(StringComparer.Ordinal);

        public CoachOptions Read()
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, "the configuration must be a JSON object");
            }

            ReadObject(ref reader, "", (ref Utf8JsonReader r, string name) =>
            {
                switch (name)
                {
                    case "$schema":
                        Expect(ref r, JsonTokenType.String, name, "a string");
                        break;
                    case "wordsPerMinute":
                        _options = _options with { WordsPerMinute = Number(ref r, name, 60, 400) };
                        break;
                    case "fullVersion":
                        ReadObject(ref r, name, (ref Utf8JsonReader inner, string key) => _options = key switch
                        {
                            "minSeconds" => _options with { FullMinSeconds = Number(ref inner, $"{name}.{key}", 0, 3600) },
                            "maxSeconds" => _options with { FullMaxSeconds = Number(ref inner, $"{name}.{key}", 1, 3600) },
                            _ => throw Unknown(ref inner, $"{name}.{key}"),
                        });
                        break;
                    case "shortVersion":
                        ReadObject(ref r, name, (ref Utf8JsonReader inner, string key) => _options = key switch
                        {
                            "maxSeconds" => _options with { ShortMaxSeconds = Number(ref inner, $"{name}.{key}", 1, 3600) },
                            _ => throw Unknown(ref inner, $"{name}.{key}"),
                        });
                        break;
                    case "balance":
                        ReadObject(ref r, name, (ref Utf8JsonReader inner, string key) => _options = key switch
                        {
                            "minActionShare" => _options with { MinActionShare = Number(ref inner, $"{name}.{key}", 0, 1) },
                            "maxSetupShare" => _options with { MaxSetupShare = Number(ref inner, $"{name}.{key}", 0, 1) },
                            _ => throw Unknown(ref inner, $"{name}.{key}"),
                        });
                        break;
                    case "rules":
                        ReadObject(ref r, name, ReadRule);
                        break;
                    default:
                        throw Unknown(ref r, name);
                }
            });

            if (_options.FullMinSeconds > _options.FullMaxSeconds)
            {
                throw new CoachConfigurationException(file, 0, "fullVersion.minSeconds is greater than fullVersion.maxSeconds");
            }

            return _options with { Severities = _severities.ToFrozenDictionary(StringComparer.Ordinal) };
        }

        private void ReadRule(ref Utf8JsonReader reader, string name)
        {
            var rule = RuleCatalog.Find(name) ?? throw Error(ref reader, $"unknown rule '{name}' in \"rules\" (see docs/rules/README.md)");
            Expect(ref reader, JsonTokenType.String, $"rules.{name}", "one of \"none\", \"note\", \"warning\", \"error\"");
            _severities[rule.Id] = reader.GetString() switch
            {
                "none" or "off" => Severity.None,
                "note" => Severity.Note,
                "warning" => Severity.Warning,
                "error" => Severity.Error,
                var other => throw Error(ref reader, $"rules.{name} is \"{other}\"; expected one of \"none\", \"note\", \"warning\", \"error\""),
            };
        }

        private delegate void PropertyReader(ref Utf8JsonReader reader, string name);

        private void ReadObject(ref Utf8JsonReader reader, string path, PropertyReader property)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Advance(ref reader);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, $"{path} must be an object");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (Advance(ref reader) && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                if (!seen.Add(name))
                {
                    throw Error(ref reader, $"\"{name}\" is set twice");
                }

                property(ref reader, name);
            }
        }

        private double Number(ref Utf8JsonReader reader, string name, double min, double max)
        {
            Expect(ref reader, JsonTokenType.Number, name, "a number");
            var value = reader.GetDouble();
            return value >= min && value <= max && !(value == 0 && min > 0)
                ? value
                : throw Error(ref reader, $"{name} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; expected a number from {min} to {max}");
        }

        private void Expect(ref Utf8JsonReader reader, JsonTokenType type, string name, string expected)
        {
            Advance(ref reader);
            if (reader.TokenType != type)
            {
                throw Error(ref reader, $"{name} must be {expected}");
            }
        }

        private static bool Advance(ref Utf8JsonReader reader) =>
            reader.Read() ? true : throw new JsonException("unexpected end of the file", null, null, null);

        private CoachConfigurationException Unknown(ref Utf8JsonReader reader, string name) =>
            Error(ref reader, $"unknown setting \"{name}\" (see docs/schema/storybank.schema.json)");

        private CoachConfigurationException Error(ref Utf8JsonReader reader, string problem)
        {
            var offset = (int)Math.Min(reader.TokenStartIndex, utf8.Length);
            var line = 1 + utf8.AsSpan(0, offset).Count((byte)'\n');
            return new CoachConfigurationException(file, line, problem);
        }
    }
}
