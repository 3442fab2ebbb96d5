using System.Text.Json.Nodes;
using RecoveryBot.Cli.Teams;

namespace RecoveryBot.Deployment.Tests.Teams;

public sealed class TeamsPackageTests
{
    private const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string Domain = "recoverybot-prod-abc.azurewebsites.net";

    [Fact]
    public async Task Package_ManifestValidatesAgainstOfficialSchema()
    {
        using var run = new TeamsPackageRun();
        var (code, output, error) = await run.PackageAsync(AppId, Domain);
        code.ShouldBe(0, error);
        output.ShouldContain("wrote");

        var manifestPath = run.WriteFile("manifest.json", run.Manifest().ToJsonString());
        var result = await NodeManifestValidator.ValidateAsync(manifestPath);

        result.ExitCode.ShouldBe(0, result.StandardOutput + result.StandardError);
        result.StandardOutput.ShouldContain("VALID");
    }

    [Fact]
    public async Task BrokenManifest_FailsWithTheSchemasMessages()
    {
        using var run = new TeamsPackageRun();
        (await run.PackageAsync(AppId, Domain)).ExitCode.ShouldBe(0);
        var manifest = run.Manifest();
        manifest.Remove("description");
        manifest["accentColor"] = "teal";
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everyone");

        var result = await NodeManifestValidator.ValidateAsync(run.WriteFile("broken.json", manifest.ToJsonString()));

        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldContain("must have required property 'description'");
        result.StandardOutput.ShouldContain("/accentColor must match pattern");
        result.StandardOutput.ShouldContain("/bots/0/botId must match pattern");
        result.StandardOutput.ShouldContain("/bots/0/scopes/1 must be equal to one of the allowed values");
    }

    [Fact]
    public async Task Package_HoldsManifestAndBothIconsAtTheRoot()
    {
        using var run = new TeamsPackageRun();
        (await run.PackageAsync(AppId, Domain)).ExitCode.ShouldBe(0);

        var entries = run.Entries();
        entries.Keys.Order().ShouldBe(["color.png", "manifest.json", "outline.png"]);
        var icons = run.Manifest()["icons"]!;
        icons["color"]!.GetValue<string>().ShouldBe("color.png");
        icons["outline"]!.GetValue<string>().ShouldBe("outline.png");
    }

    [Fact]
    public async Task ColorIcon_Is192SquareAndOpaque()
    {
        using var run = new TeamsPackageRun();
        (await run.PackageAsync(AppId, Domain)).ExitCode.ShouldBe(0);

        var png = PngFile.Read(run.Entries()["color.png"]);

        (png.Width, png.Height).ShouldBe((192, 192));
        png.Pixels().ShouldAllBe(p => p.A == 255);
        png.Pixels().ShouldContain(p => p.R == 0x2E && p.G == 0x6B && p.B == 0x5E); // accentColor background
        png.Pixels().ShouldContain(p => p.R == 255 && p.G == 255 && p.B == 255);  // the white bubble
    }

    [Fact]
    public async Task OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        using var run = new TeamsPackageRun();
        (await run.PackageAsync(AppId, Domain)).ExitCode.ShouldBe(0);

        var png = PngFile.Read(run.Entries()["outline.png"]);

        (png.Width, png.Height).ShouldBe((32, 32));
        png.Pixels().ShouldAllBe(p => p.R == 255 && p.G == 255 && p.B == 255);
        png.Pixels().Count(p => p.A == 0).ShouldBeGreaterThan(32 * 32 / 2);
        png.Pixels().Count(p => p.A == 255).ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task Manifest_OffersPersonalAndTeamScopesAndTheThreeCommands()
    {
        using var run = new TeamsPackageRun();
        (await run.PackageAsync(AppId, Domain)).ExitCode.ShouldBe(0);
        var manifest = run.Manifest();
        var bot = manifest["bots"]![0]!;

        manifest["id"]!.GetValue<string>().ShouldBe(AppId);
        bot["botId"]!.GetValue<string>().ShouldBe(AppId);
        bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["personal", "team"]);
        bot["supportsFiles"]!.GetValue<bool>().ShouldBeFalse();
        bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())
            .ShouldBe(["check in", "talk to a person", "crisis help"]);
        manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe([Domain]);
        manifest["developer"]!["privacyUrl"]!.GetValue<string>().ShouldBe($"https://{Domain}/privacy");
        manifest["$schema"]!.GetValue<string>().ShouldContain($"/v{manifest["manifestVersion"]!.GetValue<string>()}/");
    }

    [Fact]
    public async Task NameOption_ReplacesTheShortName()
    {
        using var run = new TeamsPackageRun();
        (await run.PackageAsync(AppId, Domain, "--name", "Recovery Helper")).ExitCode.ShouldBe(0);

        run.Manifest()["name"]!["short"]!.GetValue<string>().ShouldBe("Recovery Helper");
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("{3f2504e0-4f89-41d3-9a0c-0305e82c3301}")]
    [InlineData("3f2504e04f8941d39a0c0305e82c3301")]
    public async Task AppIdNotAGuid_Exits2WithClearMessage(string appId)
    {
        using var run = new TeamsPackageRun();

        var (code, _, error) = await run.PackageAsync(appId, Domain);

        code.ShouldBe(2);
        error.ShouldContain("--app-id must be a GUID");
        File.Exists(run.ZipPath).ShouldBeFalse();
    }

    [Theory]
    [InlineData("https://bot.example.org")]
    [InlineData("bot.example.org/api")]
    [InlineData("localhost")]
    public async Task DomainNotAHostName_Exits2(string domain)
    {
        using var run = new TeamsPackageRun();

        var (code, _, error) = await run.PackageAsync(AppId, domain);

        code.ShouldBe(2);
        error.ShouldContain("--domain must be a host name");
    }

    [Theory]
    [InlineData(new[] { "package", "--domain", "bot.example.org" }, "--app-id is required")]
    [InlineData(new[] { "package", "--app-id", AppId }, "--domain is required")]
    [InlineData(new[] { "package", "--app-id" }, "--app-id needs a value")]
    [InlineData(new[] { "package", "--app-id", AppId, "--domain", "bot.example.org", "--colour", "red" }, "unknown option '--colour'")]
    [InlineData(new[] { "package", "--app-id", AppId, "--domain", "bot.example.org", "--name", "A name that is much longer than thirty" }, "--name must be 1 to 30")]
    [InlineData(new[] { "publish" }, "usage: recoverybot teams package")]
    public async Task BadArguments_Exit2WithMessage(string[] args, string message)
    {
        using var run = new TeamsPackageRun();

        var (code, _, error) = await run.RunAsync(args);

        code.ShouldBe(2);
        error.ShouldContain(message);
    }

    [Fact]
    public void Crc32_MatchesTheStandardCheckValue() =>
        Crc32.Compute("123456789"u8).ShouldBe(0xCBF43926u); // the CRC-32/ISO-HDLC check value
}
