using System.Text.Json;

namespace StoryBank.Core.Tests.Export;

/// <summary>
/// A deliberately small JSON Schema checker for the keywords StoryBank's schema uses (no validator package is served
/// here): type, properties, required, additionalProperties: false, items, enum, const, minLength, minimum, $ref into
/// $defs. Any other keyword fails loudly, so the schema cannot silently outgrow the checker.
/// </summary>
internal sealed class StructuralSchemaChecker(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs"];

    /// <summary>Every violation of the schema by <paramref name="value"/>, as "path: problem".</summary>
    public IReadOnlyList<string> Check(JsonElement value)
    {
        var errors = new List<string>();
        Check(root, value, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var rule = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(rule.GetString()!), value, path, errors);
                    break;
                case "type":
                    var types = rule.ValueKind == JsonValueKind.Array ? rule.EnumerateArray().Select(t => t.GetString()!).ToList() : [rule.GetString()!];
                    if (!types.Any(t => HasType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(rule, value))
                    {
                        errors.Add($"{path}: expected {rule.GetRawText()}, found {value.GetRawText()}");
                    }

                    break;
                case "enum":
                    if (!rule.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {rule.GetRawText()}");
                    }

                    break;
                case "minLength":
                    if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length < rule.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {rule.GetInt32()}");
                    }

                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() < rule.GetDouble())
                    {
                        errors.Add($"{path}: below {rule.GetDouble()}");
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        errors.AddRange(rule.EnumerateArray().Select(r => r.GetString()!)
                            .Where(name => !value.TryGetProperty(name, out _))
                            .Select(name => $"{path}: missing required '{name}'"));
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in rule.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var child))
                            {
                                Check(property.Value, child, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    Assert.Equal(JsonValueKind.False, rule.ValueKind);
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var known = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
                        errors.AddRange(value.EnumerateObject().Where(p => !known.Contains(p.Name)).Select(p => $"{path}: unexpected '{p.Name}'"));
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(rule, item, $"{path}[{i++}]", errors);
                        }
                    }

                    break;
                default:
                    Assert.True(Annotations.Contains(keyword.Name), $"the schema checker does not know the keyword '{keyword.Name}'");
                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        Assert.StartsWith(prefix, reference);
        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentException($"unknown JSON Schema type '{type}'", nameof(type)),
    };
}
