using System.Globalization;

namespace StoryBank.Core.Coach;

/// <summary>Speaking time written the way a speaker thinks of it ("2:40").</summary>
public static class SpeakingTime
{
    /// <summary>Minutes and seconds, e.g. <c>2:40</c> for 160 seconds.</summary>
    public static string Format(double seconds)
    {
        var whole = (int)Math.Round(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }
}
