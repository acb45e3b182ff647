using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryBank.Core.Model;

/// <summary>The one JSON shape of the model: camelCase names, enums as strings, readable Unicode.</summary>
/// <remarks>The options are frozen after first use and safe to share between threads.</remarks>
public static class ModelJson
{
    /// <summary>Options for indented, human-readable JSON (exports, <c>--json</c> output).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Options for compact JSON (storage payloads).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
