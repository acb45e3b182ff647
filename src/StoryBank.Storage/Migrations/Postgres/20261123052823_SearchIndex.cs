using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "stories",
                type: "text",
                nullable: false,
                defaultValue: "");

            // A tsvector the server keeps in step with every write (title weighted above the rest), GIN-indexed.
            migrationBuilder.Sql("""
                ALTER TABLE stories ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', search_text), 'B')) STORED;
                CREATE INDEX ix_stories_search_vector ON stories USING GIN (search_vector);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_stories_search_vector; ALTER TABLE stories DROP COLUMN search_vector;");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "stories");
        }
    }
}
