using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace StoryBank.Core.Export;

/// <summary>
/// The canonical JSON export's serializer: <see cref="Model.ModelJson"/>'s shape (camelCase, enums as strings, readable
/// Unicode) with metadata generated at compile time, so exporting and reading it back needs no reflection
/// (the ahead-of-time compiled <c>storybank-lint</c> reads JSON exports too).
/// </summary>
internal static class CanonicalJson
{
    /// <summary>Indented, for export files.</summary>
    public static JsonTypeInfo<JsonEnvelope> Indented { get; } = Create(indented: true, strict: false);

    /// <summary>Compact and strict: every required constructor parameter must be present.</summary>
    public static JsonTypeInfo<JsonEnvelope> Strict { get; } = Create(indented: false, strict: true);

    private static JsonTypeInfo<JsonEnvelope> Create(bool indented, bool strict)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            TypeInfoResolver = CanonicalJsonContext.Default,
        };
        return (JsonTypeInfo<JsonEnvelope>)options.GetTypeInfo(typeof(JsonEnvelope));
    }
}

/// <summary>Compile-time metadata for the export envelope and everything a document holds.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(JsonEnvelope))]
internal sealed partial class CanonicalJsonContext : JsonSerializerContext;
