using Microsoft.EntityFrameworkCore.Design;

namespace StoryBank.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a running application.</summary>
internal sealed class DesignTimeBankDbContextFactory : IDesignTimeDbContextFactory<BankDbContext>
{
    public BankDbContext CreateDbContext(string[] args) =>
        BankDatabase.CreateContext(BankStoreOptions.ForSqliteFile("design-time.db"));
}
