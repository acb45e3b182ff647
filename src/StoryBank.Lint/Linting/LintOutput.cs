using System.Text;
using Spectre.Console;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Lint.Linting;

/// <summary>Where lint results go, one document at a time, so a large folder never sits in memory whole.</summary>
internal abstract class LintOutput : IDisposable
{
    private readonly BankSummary.Builder _summary = new();

    /// <summary>
    /// The output for <c>--format</c> <paramref name="format"/> on <paramref name="console"/>: JSON and SARIF go to its
    /// raw standard output when it has one (bytes, no re-encoding), else through its text writer.
    /// </summary>
    public static LintOutput For(string format, ToolConsole console, string toolVersion) => format switch
    {
        "json" => new JsonOutput(console.RawOutput ?? new TextWriterStream(console.Out.Profile.Out.Writer)),
        "sarif" => new SarifOutput(console.RawOutput ?? new TextWriterStream(console.Out.Profile.Out.Writer), toolVersion),
        _ => new TextOutput(console.Out),
    };

    /// <summary>True once an error-level finding has been written.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Writes one linted document.</summary>
    public void Add(DocumentReport report, SourceLines? source)
    {
        _summary.Add(report);
        HasErrors |= report.Findings.Any(f => f.Severity == Severity.Error);
        Write(report, source);
    }

    /// <summary>Ends the output with the bank summary.</summary>
    public void Finish() => Finish(_summary.Build());

    public virtual void Dispose()
    {
    }

    protected abstract void Write(DocumentReport report, SourceLines? source);

    protected abstract void Finish(BankSummary summary);

    private sealed class TextOutput(IAnsiConsole console) : LintOutput
    {
        protected override void Write(DocumentReport report, SourceLines? source) => LintView.WriteDocument(console, report, source);

        protected override void Finish(BankSummary summary) => LintView.WriteSummary(console, summary);
    }

    private sealed class JsonOutput(Stream stream) : LintOutput
    {
        private LintJson? _json;

        protected override void Write(DocumentReport report, SourceLines? source) => (_json ??= new LintJson(stream)).Add(report);

        protected override void Finish(BankSummary summary)
        {
            (_json ??= new LintJson(stream)).Finish(summary);
            EndLine(stream);
        }

        public override void Dispose()
        {
            _json?.Dispose();
            base.Dispose();
        }
    }

    private sealed class SarifOutput(Stream stream, string toolVersion) : LintOutput
    {
        private SarifLog? _log;

        protected override void Write(DocumentReport report, SourceLines? source) => (_log ??= new SarifLog(stream, toolVersion)).Add(report);

        protected override void Finish(BankSummary summary)
        {
            (_log ??= new SarifLog(stream, toolVersion)).Finish();
            EndLine(stream);
        }

        public override void Dispose()
        {
            _log?.Dispose();
            base.Dispose();
        }
    }

    /// <summary>Ends a machine-readable document with a line break and hands it on.</summary>
    private static void EndLine(Stream stream)
    {
        stream.Write("\n"u8);
        stream.Flush();
    }

    /// <summary>A write-only stream that decodes UTF-8 onto a text writer (the console), split characters included.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            var written = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, written);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
