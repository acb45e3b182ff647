using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "stories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "story_revisions",
                columns: table => new
                {
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    story_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    document_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_story_revisions", x => new { x.owner_id, x.story_id, x.revision });
                });

            migrationBuilder.CreateIndex(
                name: "IX_story_revisions_owner_id_change",
                table: "story_revisions",
                columns: new[] { "owner_id", "change" });

            // Stories stored before history existed start it with their current version as revision 1.
            migrationBuilder.Sql("""
                INSERT INTO story_revisions (owner_id, story_id, revision, document_id, ordinal, payload, change, source, changed_at)
                SELECT owner_id, id, 1, document_id, ordinal, payload, 'Import', '', updated_at FROM stories;
                UPDATE stories SET version = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "story_revisions");

            migrationBuilder.DropColumn(
                name: "version",
                table: "stories");
        }
    }
}
