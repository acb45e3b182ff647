using StoryBank.Core.Import.Text;

namespace StoryBank.Core.Tests.Import.Text;

public sealed class SeedFileDecodingTests
{
    [SeedFact]
    public void Decode_SeedFileWithMojibake_RepairsEmojiAndArrows()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedFactAttribute.SeedsFolder!, "001_0100f59d336e01c0.txt"));

        var decoded = TextDecoder.Decode(bytes).Text;

        Assert.NotNull(decoded);
        Assert.DoesNotContain("ðŸ", decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("â†", decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("â€", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("🎯", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("→", decoded.Text, StringComparison.Ordinal);
        Assert.True(decoded.MojibakeRepairs > 0);
    }
}
