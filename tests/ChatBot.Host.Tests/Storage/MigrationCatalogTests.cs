using System.Security.Cryptography;
using System.Text;
using ChatBot.Host.Storage;
using ChatBot.Host.Storage.Migrations;

namespace ChatBot.Host.Tests.Storage;

public sealed class MigrationCatalogTests
{
    /// <summary>
    /// The SHA-256 of each shipped script as it stood in its provider's own file before the two folders were merged
    /// into one (Storage/Migrations/{Sqlite,Postgres}/NNNN_name.sql at 0d09180): a database migrated by earlier
    /// code must have run exactly the SQL this code would run, so the filled-in scripts may never drift from them.
    /// </summary>
    [Theory]
        [InlineData("Sqlite", 1, "d27dc3178e4575626e2ccf5cc99ef0ebdced166473394c3d24f47601f23f72a8")]
        [InlineData("Sqlite", 2, "d5ed4adbcb663afb121f8313a6fa13dd19121ccf433cc8a3c3047d75c4eee5b7")]
        [InlineData("Sqlite", 3, "3e6d3ff25a228652f91f8018004fa3a6cb817d08fd436c8079b53ec41a1b1a2b")]
        [InlineData("Sqlite", 4, "5bf753f3fcfb4d53d3d6d365904c003e1808bd463e3b1ddcb637709505a24f8f")]
        [InlineData("Sqlite", 10, "acf2192f8998b32267c44e79ee0bfeeffb627e327bd34aa210298ed34f3249d0")]
        [InlineData("Sqlite", 20, "56c21790e382b97b4e9b38877da4acc83fd33b78f8eff4bce0ba1633ff5a79d9")]
        [InlineData("Sqlite", 30, "3da120ed807d60ea5eaff8bbbc2d797e2ae00ac9bb3e98a7d406ebf411e1407d")]
        [InlineData("Sqlite", 40, "b9d3e713d669c9b6bcc8a3b8da0b85d90dba4498d84ecfc50f4c1f550bbe32d9")]
        [InlineData("Sqlite", 50, "597b5193c1e5881579a42dfc6df471c2df7387a6dff36b4f34430c87e56963dd")]
        [InlineData("Sqlite", 60, "73847c5a8a944dc51fb7549443ffe924463f68c2c79259684559db8f1242276e")]
        [InlineData("Sqlite", 70, "ac49abb0ea7f5846f0a4b516da2d066e4eced3b82bea2dbdd0af77fe97ecf5e9")]
        [InlineData("Sqlite", 80, "b26ca1ef7fc6d538ad89c48fa75ec4449e3cb6a28e9b6a5f66b4a02700e28069")]
        [InlineData("Sqlite", 90, "8f6af72c56723ce7f0ba0ed8dbe78df98cc0142e8e8365eb6bc2c0374ab58616")]
        [InlineData("Sqlite", 100, "f957828459b98cf943cce069b6aa5ba4809c6878d70788f6ffb30d82d8941572")]
        [InlineData("Sqlite", 110, "9b15bab8f123f61ace69c93eebfc1fd5b14916c962c590cecb686fe61cf62857")]
        [InlineData("Postgres", 1, "2010e046a889c27acedf6f93d6fb8669b9c68efa9ab7bea93bd1e1be91bbdd5a")]
        [InlineData("Postgres", 2, "d5ed4adbcb663afb121f8313a6fa13dd19121ccf433cc8a3c3047d75c4eee5b7")]
        [InlineData("Postgres", 3, "3e6d3ff25a228652f91f8018004fa3a6cb817d08fd436c8079b53ec41a1b1a2b")]
        [InlineData("Postgres", 4, "5bf753f3fcfb4d53d3d6d365904c003e1808bd463e3b1ddcb637709505a24f8f")]
        [InlineData("Postgres", 10, "acf2192f8998b32267c44e79ee0bfeeffb627e327bd34aa210298ed34f3249d0")]
        [InlineData("Postgres", 20, "56c21790e382b97b4e9b38877da4acc83fd33b78f8eff4bce0ba1633ff5a79d9")]
        [InlineData("Postgres", 30, "4d9d9a323994bc37ca1dcd73fddb260419a178e903faa3370d41146b5f1fe318")]
        [InlineData("Postgres", 40, "76956475b6b4b573a9c7e08f478adb1f68cba4786d08624221672c6009d9761b")]
        [InlineData("Postgres", 50, "597b5193c1e5881579a42dfc6df471c2df7387a6dff36b4f34430c87e56963dd")]
        [InlineData("Postgres", 60, "73847c5a8a944dc51fb7549443ffe924463f68c2c79259684559db8f1242276e")]
        [InlineData("Postgres", 70, "ac49abb0ea7f5846f0a4b516da2d066e4eced3b82bea2dbdd0af77fe97ecf5e9")]
        [InlineData("Postgres", 80, "b26ca1ef7fc6d538ad89c48fa75ec4449e3cb6a28e9b6a5f66b4a02700e28069")]
        [InlineData("Postgres", 90, "8f6af72c56723ce7f0ba0ed8dbe78df98cc0142e8e8365eb6bc2c0374ab58616")]
        [InlineData("Postgres", 100, "f957828459b98cf943cce069b6aa5ba4809c6878d70788f6ffb30d82d8941572")]
        [InlineData("Postgres", 110, "51c2385ee13f713e3eb97a90c8eb29fb2647f556ed6cc89477945dea29a74e45")]
    public void Load_ShippedVersion_RendersTheSqlItShippedWith(string provider, int version, string sha256)
    {
        var dialect = provider == "Sqlite" ? SqlDialect.Sqlite : SqlDialect.Postgres;

        var script = MigrationCatalog.Load(dialect).Single(s => s.Version == version);

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script.Sql))));
    }

    [Fact]
    public void Load_EveryVersion_IsPinned()
    {
        var pinned = typeof(MigrationCatalogTests).GetMethod(nameof(Load_ShippedVersion_RendersTheSqlItShippedWith))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => a.GetData(null!).Single()[1]).Cast<int>().Distinct().Order();

        // A new script is pinned here once it ships; until then this fails, as a reminder.
        Assert.Equal(MigrationCatalog.Load(SqlDialect.Sqlite).Select(s => s.Version), pinned);
    }

    [Fact]
    public void Load_FragmentInTheProviderFolder_FillsItInsideTheLine()
    {
        var script = Assert.Single(MigrationCatalog.Load(typeof(MigrationCatalogTests).Assembly, "Complete"));

        Assert.Equal((1, "widgets"), (script.Version, script.Name));
        Assert.Equal("CREATE TABLE widgets (shown BOOLEAN NOT NULL);\n", script.Sql);
    }

    [Fact]
    public void Load_FragmentMissingForTheProvider_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationCatalog.Load(typeof(MigrationCatalogTests).Assembly, "Missing"));

        Assert.Contains("Migrations/Missing/boolean.sql does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FragmentNoScriptUses_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationCatalog.Load(typeof(MigrationCatalogTests).Assembly, "Unused"));

        Assert.Contains("Migrations/Unused/double.sql is used by no migration", error.Message, StringComparison.Ordinal);
    }
}
