using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StoryBank.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ValuePacksAndTagOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tag_overrides",
                columns: table => new
                {
                    owner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    story_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    competency_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tag_overrides", x => new { x.owner_id, x.story_id, x.competency_id });
                });

            migrationBuilder.CreateTable(
                name: "value_packs",
                columns: table => new
                {
                    owner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    company_key = table.Column<string>(type: "text", nullable: false),
                    company = table.Column<string>(type: "text", nullable: false),
                    yaml = table.Column<string>(type: "text", nullable: false),
                    source_file = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_value_packs", x => new { x.owner_id, x.company_key });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tag_overrides");

            migrationBuilder.DropTable(
                name: "value_packs");
        }
    }
}
