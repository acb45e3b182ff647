namespace StoryBank.Tests.Common;

/// <summary>A small value pack of our own (a made-up company), shared by the storage and CLI tests of user packs.</summary>
internal static class SamplePacks
{
    /// <summary>Initech's pack: two values, the second a pillar.</summary>
    public const string Initech = """
        company: Initech
        aliases: [initech way]
        values:
          - id: customer-first
            name: Customer First
            description: "Decisions start from what the customer needs."
            competencies: [customer-focus, ownership]
            questions:
              - "Tell me about a time you changed a plan because of a customer."
          - id: ship-it
            name: Ship It
            kind: pillar
            description: "Small releases, often."
            competencies: [delivery]
            questions: ["Tell me about a release you pushed through."]
        """;
}
