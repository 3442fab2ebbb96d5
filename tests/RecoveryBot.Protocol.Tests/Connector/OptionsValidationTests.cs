using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>Settings combinations of PROTOCOL §3.1, checked at start.</summary>
public sealed class OptionsValidationTests
{
    private static BotFrameworkOptions Resolve(params (string Key, string? Value)[] settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBotFrameworkProtocol(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }

    [Fact]
    public void NoSettings_AuthDisabledMultiTenant()
    {
        var options = Resolve();

        options.IsAuthenticationDisabled.ShouldBeTrue();
        options.AppType.ShouldBe(MicrosoftAppType.MultiTenant);
    }

    [Theory]
    [InlineData("singletenant", MicrosoftAppType.SingleTenant)]
    [InlineData("USERASSIGNEDMSI", MicrosoftAppType.UserAssignedMSI)]
    [InlineData(null, MicrosoftAppType.MultiTenant)]
    public void AppType_ParsedCaseInsensitively(string? value, MicrosoftAppType expected)
    {
        new BotFrameworkOptions { MicrosoftAppType = value }.AppType.ShouldBe(expected);
    }

    [Theory]
    [InlineData("SingleTenant", null, "secret", "SingleTenant needs MicrosoftAppTenantId.")]
    [InlineData("SingleTenant", "tenant", null, "SingleTenant needs MicrosoftAppPassword.")]
    [InlineData("UserAssignedMSI", "tenant", "secret", "UserAssignedMSI must not have MicrosoftAppPassword.")]
    [InlineData("UserAssignedMSI", null, null, "UserAssignedMSI needs MicrosoftAppTenantId.")]
    [InlineData("Tenantish", "tenant", "secret", "MicrosoftAppType 'Tenantish' is not MultiTenant, SingleTenant or UserAssignedMSI.")]
    public void InvalidCombination_FailsAtStart(string type, string? tenant, string? password, string message)
    {
        var error = Should.Throw<OptionsValidationException>(() => Resolve(
            ("MicrosoftAppType", type), ("MicrosoftAppId", "app"), ("MicrosoftAppTenantId", tenant), ("MicrosoftAppPassword", password)));

        error.Failures.ShouldContain(message);
    }

    [Fact]
    public void ManagedIdentityWithTenant_Valid()
    {
        var options = Resolve(("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppId", "app"), ("MicrosoftAppTenantId", "tenant"));

        options.EffectiveTenantId.ShouldBe("tenant");
    }

    [Fact]
    public void MultiTenant_IgnoresTenantSetting()
    {
        var options = Resolve(("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "s"), ("MicrosoftAppTenantId", "tenant"));

        options.EffectiveTenantId.ShouldBeNull();
    }
}
