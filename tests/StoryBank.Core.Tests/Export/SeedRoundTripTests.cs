using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Import.Canonical;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

/// <summary>The real banks survive import → export → import unchanged, in both export formats.</summary>
public sealed class SeedRoundTripTests
{
    private static readonly string[] Seeds = ["000_", "001_", "002_", "004_"];

    private static Document ImportSeed(string prefix)
    {
        var path = Directory.GetFiles(SeedFactAttribute.SeedsFolder!, prefix + "*.txt").Single();
        return ExportAssert.Succeeded(BankImporter.Import(File.ReadAllBytes(path), path)).Document;
    }

    [SeedFact]
    public void CanonicalMarkdown_ImportedSeeds_ReadBackIdentical()
    {
        foreach (var prefix in Seeds)
        {
            var original = ImportSeed(prefix);
            var fragments = new CanonicalMarkdownExporter().Export(original)
                .Select(file => ExportAssert.Succeeded(BankImporter.ImportText(file.Content, file.RelativePath)))
                .ToList();
            Assert.All(fragments, ExportAssert.EveryLineClaimedOnce);
            Assert.All(fragments, f => Assert.Empty(f.Warnings));

            var index = fragments.Single(f => f.Fragment == FragmentKind.Index).Document;
            var stories = fragments.Where(f => f.Fragment == FragmentKind.Story).Select(f => f.Document);
            ExportAssert.SameDocument(original, DocumentAssembler.Assemble(index, stories));
        }
    }

    [SeedFact]
    public void Json_ImportedSeeds_ReadBackIdentical()
    {
        foreach (var prefix in Seeds)
        {
            var original = ImportSeed(prefix);
            var file = Assert.Single(new JsonExporter().Export(original));

            var readBack = ExportAssert.Succeeded(BankImporter.ImportText(file.Content, file.RelativePath)).Document;

            ExportAssert.SameDocument(original, readBack);
        }
    }
}
