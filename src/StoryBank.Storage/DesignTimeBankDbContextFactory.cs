using Microsoft.EntityFrameworkCore.Design;

namespace StoryBank.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteBankDbContext</c> build the context without an application.</summary>
internal sealed class DesignTimeSqliteBankDbContextFactory : IDesignTimeDbContextFactory<SqliteBankDbContext>
{
    public SqliteBankDbContext CreateDbContext(string[] args) =>
        (SqliteBankDbContext)BankDatabase.CreateContext(BankStoreOptions.ForSqliteFile("design-time.db"));
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresBankDbContext</c> build the context; it never connects.</summary>
internal sealed class DesignTimePostgresBankDbContextFactory : IDesignTimeDbContextFactory<PostgresBankDbContext>
{
    public PostgresBankDbContext CreateDbContext(string[] args) =>
        (PostgresBankDbContext)BankDatabase.CreateContext(BankStoreOptions.ForPostgres("Host=localhost;Database=storybank_design"));
}
