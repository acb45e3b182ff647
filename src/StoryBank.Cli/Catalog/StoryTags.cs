using StoryBank.Core.Matching;
using StoryBank.Storage;

namespace StoryBank.Cli.Catalog;

/// <summary>The owner's word on the tags of every story of the bank (see <c>storybank tag</c>), for commands that profile stories.</summary>
/// <remarks>Immutable: a snapshot of the bank when it was loaded.</remarks>
internal sealed class StoryTags
{
    private readonly IReadOnlyDictionary<string, TagOverrides> _byStory;

    private StoryTags(IReadOnlyDictionary<string, TagOverrides> byStory) => _byStory = byStory;

    /// <summary>The overrides stored in <paramref name="store"/>'s bank.</summary>
    public static async Task<StoryTags> LoadAsync(BankStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoryTags(await store.TagOverridesAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The overrides of <paramref name="storyId"/>; <see cref="TagOverrides.None"/> when it has none.</summary>
    public TagOverrides For(string storyId) => _byStory.GetValueOrDefault(storyId, TagOverrides.None);
}
