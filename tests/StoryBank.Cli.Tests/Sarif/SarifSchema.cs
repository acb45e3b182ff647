using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace StoryBank.Cli.Tests.Sarif;

/// <summary>
/// Validates SARIF logs against the official OASIS SARIF 2.1.0 JSON schema (errata01, JSON Schema draft-04),
/// vendored beside this file as <c>sarif-schema-2.1.0.json</c> and embedded in the test assembly, so no test
/// needs the network. The schema is parsed once; validation is thread-safe.
/// </summary>
internal static class SarifSchema
{
    public const string ResourceName = "StoryBank.Cli.Tests.Sarif.sarif-schema-2.1.0.json";

    // FromJsonAsync does no I/O for a schema without external $refs; Task.Run keeps the blocking wait off
    // xunit's synchronization context.
    private static readonly Lazy<JsonSchema> Schema = new(
        () => Task.Run(() => JsonSchema.FromJsonAsync(ReadSchemaText())).GetAwaiter().GetResult());

    /// <summary>The schema document exactly as vendored.</summary>
    public static string ReadSchemaText()
    {
        using var stream = typeof(SarifSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(SarifSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Validates <paramref name="sarifJson"/> and returns one line per violation, such as
    /// <c>#/runs[0].results[0].level: NotInEnumeration (line 12, position 25)</c>; empty when the log is valid.
    /// Text that is not JSON yields a single line starting with <c>not JSON:</c>.
    /// </summary>
    public static IReadOnlyList<string> Validate(string sarifJson)
    {
        ArgumentNullException.ThrowIfNull(sarifJson);
        ICollection<ValidationError> errors;
        try
        {
            errors = Schema.Value.Validate(sarifJson);
        }
        catch (JsonReaderException ex)
        {
            return [$"not JSON: {ex.Message}"];
        }

        var lines = new List<string>();
        Flatten(errors, lines);
        return lines.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Flatten(IEnumerable<ValidationError> errors, List<string> lines)
    {
        foreach (var error in errors)
        {
            switch (error)
            {
                // "runs" may be an array or null: follow only the branch of the value's own type, since NJsonSchema
                // also reports the array's item errors under the null branch.
                case MultiTypeValidationError multi:
                    var sameType = multi.Errors.Where(branch => IsOfType(multi.Token, branch.Key)).ToList();
                    if (sameType.Count == 0)
                    {
                        lines.Add(Describe(error));
                        sameType = [.. multi.Errors];
                    }

                    foreach (var branch in sameType)
                    {
                        Flatten(branch.Value, lines);
                    }

                    break;

                // "Item 3 is not valid" only wraps the item's own errors, which name their full path.
                case ChildSchemaValidationError { Kind: ValidationErrorKind.ArrayItemNotValid or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid } wrapper:
                    foreach (var branch in wrapper.Errors.Values)
                    {
                        Flatten(branch, lines);
                    }

                    break;

                // anyOf/oneOf/allOf: the failure itself, then why each alternative was rejected.
                case ChildSchemaValidationError child:
                    lines.Add(Describe(error));
                    foreach (var branch in child.Errors.Values)
                    {
                        Flatten(branch, lines);
                    }

                    break;

                default:
                    lines.Add(Describe(error));
                    break;
            }
        }
    }

    private static bool IsOfType(JToken? token, JsonObjectType type) => token?.Type switch
    {
        JTokenType.Array => type.HasFlag(JsonObjectType.Array),
        JTokenType.Object => type.HasFlag(JsonObjectType.Object),
        JTokenType.String => type.HasFlag(JsonObjectType.String),
        JTokenType.Integer => type.HasFlag(JsonObjectType.Integer) || type.HasFlag(JsonObjectType.Number),
        JTokenType.Float => type.HasFlag(JsonObjectType.Number),
        JTokenType.Boolean => type.HasFlag(JsonObjectType.Boolean),
        JTokenType.Null => type.HasFlag(JsonObjectType.Null),
        _ => false,
    };

    private static string Describe(ValidationError error) => error.HasLineInfo
        ? string.Create(CultureInfo.InvariantCulture, $"{error.Path}: {error.Kind} (line {error.LineNumber}, position {error.LinePosition})")
        : $"{error.Path}: {error.Kind}";
}
