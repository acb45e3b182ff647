using System.Security.Cryptography;
using System.Text;

namespace StoryBank.Core.Model;

/// <summary>Derives short, stable identifiers from natural keys.</summary>
/// <remarks>Pure and thread-safe: the same key always gives the same id.</remarks>
public static class StableId
{
    /// <summary>
    /// A 12-hex-digit id (48 bits of SHA-256) for the given key parts, e.g. <c>3f2a9c1b7d0e</c>.
    /// 48 bits keep the chance of any collision in a bank of 100,000 stories below one in 50,000.
    /// </summary>
    public static string For(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 6));
    }
}
