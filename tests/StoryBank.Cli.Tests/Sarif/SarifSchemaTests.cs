using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StoryBank.Cli.Tests.Sarif;

/// <summary>
/// Proves that <see cref="SarifSchema"/> holds the official schema and really rejects what SARIF 2.1.0 forbids:
/// each broken log is the valid one below with exactly one thing changed, and must fail for that reason.
/// </summary>
public sealed class SarifSchemaTests
{
    // A lint run as `storybank lint --format sarif` could write it: two rules, one result with a region and a fix.
    private const string ValidLog = """
        {
          "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "storybank",
                  "version": "1.0.0",
                  "informationUri": "https://storybank.example/docs/rules",
                  "rules": [
                    {
                      "id": "SB1001",
                      "name": "missing-section",
                      "shortDescription": { "text": "A part of the story's framework is missing or empty." },
                      "helpUri": "https://storybank.example/docs/rules/SB1001",
                      "defaultConfiguration": { "level": "warning" }
                    },
                    {
                      "id": "SB3002",
                      "name": "hedged-result",
                      "shortDescription": { "text": "Hedged results: \"around 30%\", \"I think\"." },
                      "helpUri": "https://storybank.example/docs/rules/SB3002",
                      "defaultConfiguration": { "level": "warning" }
                    }
                  ]
                }
              },
              "columnKind": "unicodeCodePoints",
              "results": [
                {
                  "ruleId": "SB3002",
                  "ruleIndex": 1,
                  "level": "warning",
                  "message": { "text": "Hedged result: \"around 30%\"; say the figure you measured." },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": { "uri": "stories/bank.md" },
                        "region": { "startLine": 12, "startColumn": 5, "endLine": 12, "endColumn": 15 }
                      }
                    }
                  ],
                  "fixes": [
                    {
                      "description": { "text": "Drop \"around\"." },
                      "artifactChanges": [
                        {
                          "artifactLocation": { "uri": "stories/bank.md" },
                          "replacements": [
                            {
                              "deletedRegion": { "startLine": 12, "startColumn": 5, "endLine": 12, "endColumn": 12 },
                              "insertedContent": { "text": "" }
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;

    private static JsonNode Result(JsonNode log) => log["runs"]![0]!["results"]![0]!;

    private static JsonNode Region(JsonNode log) => Result(log)["locations"]![0]!["physicalLocation"]!["region"]!;

    private static IReadOnlyList<string> ValidateMutated(Action<JsonNode> mutate)
    {
        var log = JsonNode.Parse(ValidLog)!;
        mutate(log);
        return SarifSchema.Validate(log.ToJsonString());
    }

    [Fact]
    public void Schema_Vendored_IsTheOfficialOasisSarif210Schema()
    {
        using var schema = JsonDocument.Parse(SarifSchema.ReadSchemaText());
        var root = schema.RootElement;

        Assert.Equal("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", root.GetProperty("id").GetString());
        Assert.Equal("http://json-schema.org/draft-04/schema#", root.GetProperty("$schema").GetString());
        Assert.Equal("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", root.GetProperty("title").GetString());
        Assert.Equal(52, root.GetProperty("definitions").EnumerateObject().Count());
    }

    [Fact]
    public void Schema_Vendored_IsUnchanged()
    {
        using var stream = typeof(SarifSchema).Assembly.GetManifestResourceStream(SarifSchema.ResourceName)!;

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));

        Assert.Equal("ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949", sha256);
    }

    [Fact]
    public void Validate_CompleteLintLog_NoErrors()
    {
        var errors = SarifSchema.Validate(ValidLog);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_MinimalLogWithNoResults_NoErrors()
    {
        var errors = SarifSchema.Validate("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "storybank" } }, "results": [] } ] }""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ResultLevelFatal_RejectedAtLevel()
    {
        var errors = ValidateMutated(log => Result(log)["level"] = "fatal");

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].level: NotInEnumeration", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RuleDefaultLevelFatal_RejectedAtDefaultConfiguration()
    {
        var errors = ValidateMutated(log => log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["defaultConfiguration"]!["level"] = "fatal");

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].tool.driver.rules[0].defaultConfiguration.level: NotInEnumeration", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingVersion_RejectedAsRequiredProperty()
    {
        var errors = ValidateMutated(log => log.AsObject().Remove("version"));

        Assert.Contains(errors, e => e.StartsWith("#/version: PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Version200_RejectedAtVersion()
    {
        var errors = ValidateMutated(log => log["version"] = "2.0.0");

        Assert.Contains(errors, e => e.StartsWith("#/version: NotInEnumeration", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RegionStartLineZero_RejectedAsTooSmall()
    {
        var errors = ValidateMutated(log => Region(log)["startLine"] = 0);

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].locations[0].physicalLocation.region.startLine: NumberTooSmall", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RegionEndColumnZero_RejectedAsTooSmall()
    {
        var errors = ValidateMutated(log => Region(log)["endColumn"] = 0);

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].locations[0].physicalLocation.region.endColumn: NumberTooSmall", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RegionWithoutStartLineOrOffset_RejectedByAnyOf()
    {
        var errors = ValidateMutated(log => Region(log).AsObject().Remove("startLine"));

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].locations[0].physicalLocation.region: NotAnyOf", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RuleIndexBelowMinusOne_RejectedAsTooSmall()
    {
        var errors = ValidateMutated(log => Result(log)["ruleIndex"] = -2);

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].ruleIndex: NumberTooSmall", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MessageWithoutTextOrId_RejectedByAnyOf()
    {
        var errors = ValidateMutated(log => Result(log)["message"] = new JsonObject { ["markdown"] = "only markdown" });

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].message: NotAnyOf", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingDriverName_RejectedAsRequiredProperty()
    {
        var errors = ValidateMutated(log => log["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name"));

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].tool.driver.name: PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MisspelledProperty_RejectedAsNotAllowed()
    {
        var errors = ValidateMutated(log =>
        {
            var result = Result(log).AsObject();
            result.Remove("ruleId");
            result["ruleID"] = "SB3002";
        });

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].ruleID: NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FixWithNoArtifactChanges_RejectedAsTooFewItems()
    {
        var errors = ValidateMutated(log => Result(log)["fixes"]![0]!["artifactChanges"] = new JsonArray());

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].fixes[0].artifactChanges: TooFewItems", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LineNumbersAsStrings_RejectedAsWrongType()
    {
        var errors = ValidateMutated(log => Region(log)["startLine"] = "12");

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].locations[0].physicalLocation.region.startLine: IntegerExpected", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RunsNull_AllowedAsErrata01Says()
    {
        // errata01 made "runs" nullable; drafts and tool-private copies of the schema say "array" only.
        var errors = SarifSchema.Validate("""{ "version": "2.1.0", "runs": null }""");

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_RunsString_RejectedAsNoTypeValidates()
    {
        var errors = SarifSchema.Validate("""{ "version": "2.1.0", "runs": "none" }""");

        Assert.Contains(errors, e => e.StartsWith("#/runs: NoTypeValidates", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TwoViolationsInOneResult_EachReportedOnceWithoutWrappers()
    {
        var errors = ValidateMutated(log =>
        {
            Result(log)["level"] = "fatal";
            Result(log)["message"] = new JsonObject { ["markdown"] = "only markdown" };
        });

        var withoutLineInfo = errors.Select(e => e[..e.IndexOf(" (line ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(
            [
                "#/runs[0].results[0].level: NotInEnumeration",
                "#/runs[0].results[0].message: NotAnyOf",
                "#/runs[0].results[0].message.text: PropertyRequired",
                "#/runs[0].results[0].message.id: PropertyRequired",
            ],
            withoutLineInfo);
    }

    [Fact]
    public void Validate_NotJson_SingleNotJsonError()
    {
        var errors = SarifSchema.Validate("{ \"version\": ");

        var error = Assert.Single(errors);
        Assert.StartsWith("not JSON:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ErrorLine_NamesLineAndPosition()
    {
        var errors = SarifSchema.Validate("""
            {
              "version": "2.1.0",
              "runs": [ { "tool": { "driver": { "name": "storybank" } }, "results": [ { "level": "fatal", "message": { "text": "x" } } ] } ]
            }
            """);

        Assert.Contains(errors, e => e.StartsWith("#/runs[0].results[0].level: NotInEnumeration (line 3, position", StringComparison.Ordinal));
    }
}
