namespace ChatBot.Host.Storage.Migrations;

/// <summary>One numbered schema change, e.g. <c>0001_initial.sql</c>.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql);
