using System.Runtime;

namespace StoryBank.Lint.Linting;

/// <summary>
/// Keeps the garbage collector out of a small lint run. Linting allocates about 45 bytes per byte of Markdown, and
/// nearly all of it stays reachable until its file is written out, so a collection in the middle of a run copies the
/// live documents about and gives nothing back: on a 1 MB bank the two collections the runtime would make pause every
/// thread for about 20 ms, a fifth of the run. A run over at most <see cref="MaximumInputBytes"/> of files therefore
/// asks the runtime for room for everything it will allocate (a no-GC region) and collects nothing; a larger run, a big
/// folder, collects as usual so its memory stays flat. When the room runs out the runtime simply collects again.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>The largest input linted without collections.</summary>
    public const long MaximumInputBytes = 4L * 1024 * 1024;

    /// <summary>Room set aside per byte of input: the measured 45 bytes per byte, with a margin.</summary>
    private const long BytesPerInputByte = 64;

    /// <summary>Room set aside whatever the input's size (start-up, rules, output).</summary>
    private const long MinimumBytes = 16L * 1024 * 1024;

    private readonly bool _started;

    private CollectionPause(bool started) => _started = started;

    /// <summary>Starts a run over <paramref name="inputBytes"/> of files: without collections when the input is small.</summary>
    public static CollectionPause For(long inputBytes)
    {
        if (inputBytes > MaximumInputBytes || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new CollectionPause(false);
        }

        try
        {
            return new CollectionPause(GC.TryStartNoGCRegion(Math.Max(MinimumBytes, inputBytes * BytesPerInputByte)));
        }
        catch (InvalidOperationException)
        {
            return new CollectionPause(false); // another run in this process (tests) holds the region: collect as usual
        }
    }

    /// <summary>Lets the collector run again.</summary>
    public void Dispose()
    {
        if (_started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The run outgrew the room and the runtime has already collected: nothing to end.
            }
        }
    }
}
