using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // FTS5 over the stories table itself (external content), kept in step by triggers on every write.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE stories_fts USING fts5(
                    title, search_text, content='stories', content_rowid='rowid', tokenize='porter unicode61');
                CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
                    INSERT INTO stories_fts(rowid, title, search_text) VALUES (new.rowid, new.title, new.search_text);
                END;
                CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
                    INSERT INTO stories_fts(stories_fts, rowid, title, search_text) VALUES ('delete', old.rowid, old.title, old.search_text);
                END;
                CREATE TRIGGER stories_fts_update AFTER UPDATE ON stories BEGIN
                    INSERT INTO stories_fts(stories_fts, rowid, title, search_text) VALUES ('delete', old.rowid, old.title, old.search_text);
                    INSERT INTO stories_fts(rowid, title, search_text) VALUES (new.rowid, new.title, new.search_text);
                END;
                INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER stories_fts_update;
                DROP TRIGGER stories_fts_delete;
                DROP TRIGGER stories_fts_insert;
                DROP TABLE stories_fts;
                """);

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "stories");
        }
    }
}
