using FsCheck.Xunit;
using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Import.Canonical;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

public class RoundTripProperties
{
    [Property(Arbitrary = [typeof(DocumentArbitrary)], MaxTest = 300)]
    public void JsonExport_ReadBack_GivesTheSameDocument(Document document)
    {
        var file = Assert.Single(new JsonExporter().Export(document));

        var outcome = JsonBankReader.Read(file.Content, file.RelativePath);

        var imported = ExportAssert.Succeeded(outcome);
        Assert.Equal(FragmentKind.Whole, imported.Fragment);
        Assert.Equal(SourceFormat.Json, imported.Format);
        ExportAssert.EveryLineClaimedOnce(imported);
        ExportAssert.SameDocument(document, imported.Document);
    }

    [Property(Arbitrary = [typeof(DocumentArbitrary)], MaxTest = 300)]
    public void CanonicalExport_ReadEachFileAndAssemble_GivesTheSameDocument(Document document)
    {
        var files = new CanonicalMarkdownExporter().Export(document);

        var imported = files.Select(f => ExportAssert.Succeeded(CanonicalMarkdownReader.Read(f.Content, f.RelativePath))).ToList();

        Assert.All(imported, ExportAssert.EveryLineClaimedOnce);
        Assert.All(imported, i => Assert.Empty(i.Warnings));
        var index = Assert.Single(imported, i => i.Fragment == FragmentKind.Index);
        var stories = imported.Where(i => i.Fragment == FragmentKind.Story).Select(i => i.Document).ToList();
        Assert.Equal(document.Stories.Count, stories.Count);
        ExportAssert.SameDocument(document, DocumentAssembler.Assemble(index.Document, stories));
    }

    [Property(Arbitrary = [typeof(DocumentArbitrary)], MaxTest = 200)]
    public void CanonicalExport_EveryFile_IsSniffedAsCanonical(Document document)
    {
        var files = new CanonicalMarkdownExporter().Export(document);

        Assert.All(files, f => Assert.Equal(SourceFormat.CanonicalMarkdown, BankImporter.SniffFormat(f.Content)));
    }
}
