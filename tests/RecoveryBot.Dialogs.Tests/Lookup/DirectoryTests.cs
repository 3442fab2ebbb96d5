using RecoveryBot.Dialogs.Directory;

namespace RecoveryBot.Dialogs.Tests.Lookup;

public sealed class DirectoryTests
{
    private static ServiceDirectory Shipped => TestContent.Catalog.Directory;

    [Fact]
    public void Haversine_BostonToNewYork_IsAbout190Miles() =>
        new GeoPoint(42.36, -71.06).MilesTo(new GeoPoint(40.71, -74.01)).ShouldBeInRange(185, 195);

    [Fact]
    public void Find_ReturnsNearestFirst()
    {
        var hits = Shipped.Find("02119", null, moudOnly: false);

        hits.Count.ShouldBe(3);
        hits.Select(h => h.Miles).ShouldBeInOrder();
        hits[0].Entry.Id.ShouldBe("sample-roxbury-otp");
    }

    [Fact]
    public void Find_FiltersByCostAndMoud()
    {
        var free = Shipped.Find("02139", "free", moudOnly: false);
        free.ShouldAllBe(h => h.Entry.Cost.Contains("free"));

        var moud = Shipped.Find("02139", null, moudOnly: true);
        moud.ShouldNotBeEmpty();
        moud.ShouldAllBe(h => h.Entry.Moud);
    }

    [Fact]
    public void Find_UnknownZipInAKnownArea_UsesThePrefix()
    {
        Shipped.Zips.TryLocate("19150", out _).ShouldBeTrue();
        Shipped.Find("19150", null, moudOnly: false).ShouldContain(h => h.Entry.City == "Philadelphia");
    }

    [Fact]
    public void Find_FarFromEveryService_FindsNothing() =>
        Shipped.Find("99501", null, moudOnly: false).ShouldBeEmpty();

    [Fact]
    public void ShippedTables_AreSampleAndHaveHundredsOfAreas()
    {
        Shipped.IsSample.ShouldBeTrue();
        (Shipped.Zips.ZipCount + Shipped.Zips.PrefixCount).ShouldBeGreaterThan(250);
    }
}
