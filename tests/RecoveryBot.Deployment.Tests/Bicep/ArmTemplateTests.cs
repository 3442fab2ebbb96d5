using System.Text.Json.Nodes;
using RecoveryBot.Deployment.Tests.Infrastructure;

namespace RecoveryBot.Deployment.Tests.Bicep;

/// <summary>The compiled ARM template (main.json) describes the deployment issue 8 asks for.</summary>
public sealed class ArmTemplateTests
{
    private static readonly ArmTemplate Arm = ArmTemplate.Load(Path.Combine(BuildPaths.DeploymentTemplates, "main.json"));

    // Newest non-preview API version the Bicep 0.49.2 type library knows for each type (found with the
    // use-recent-api-versions linter rule).
    public static TheoryData<string, string> ExpectedApiVersions => new()
    {
        { "Microsoft.Web/serverfarms", "2025-03-01" },
        { "Microsoft.Web/sites", "2025-03-01" },
        { "Microsoft.Web/sites/basicPublishingCredentialsPolicies", "2025-03-01" },
        { "Microsoft.ManagedIdentity/userAssignedIdentities", "2024-11-30" },
        { "Microsoft.BotService/botServices", "2022-09-15" },
        { "Microsoft.BotService/botServices/channels", "2022-09-15" },
        { "Microsoft.DBforPostgreSQL/flexibleServers", "2025-08-01" },
        { "Microsoft.DBforPostgreSQL/flexibleServers/databases", "2025-08-01" },
        { "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules", "2025-08-01" },
        { "Microsoft.KeyVault/vaults", "2026-05-15" },
        { "Microsoft.KeyVault/vaults/secrets", "2026-05-15" },
        { "Microsoft.Authorization/roleAssignments", "2022-04-01" },
        { "Microsoft.OperationalInsights/workspaces", "2026-03-01" },
        { "Microsoft.Insights/components", "2020-02-02" },
    };

    [Theory]
    [MemberData(nameof(ExpectedApiVersions))]
    public void ResourceType_PresentWithStableApiVersion(string type, string apiVersion)
    {
        var resources = Arm.OfType(type).ToList();

        resources.ShouldNotBeEmpty($"{type} missing from main.json");
        resources.ShouldAllBe(r => r.ApiVersion == apiVersion);
    }

    [Fact]
    public void EveryApiVersion_IsNotPreview() =>
        Arm.Resources.ShouldAllBe(r => !r.ApiVersion.Contains("preview"));

    [Fact]
    public void AzureBot_UsesUserAssignedManagedIdentity()
    {
        var bot = Arm.Single("Microsoft.BotService/botServices").Body;
        var properties = bot["properties"]!;

        bot["kind"]!.GetValue<string>().ShouldBe("azurebot");
        properties["msaAppType"]!.GetValue<string>().ShouldBe("UserAssignedMSI");
        properties["msaAppMSIResourceId"]!.GetValue<string>().ShouldStartWith("[");
        properties["msaAppTenantId"]!.GetValue<string>().ShouldStartWith("[");
        properties["msaAppId"]!.GetValue<string>().ShouldStartWith("[");
        properties["endpoint"]!.GetValue<string>().ShouldStartWith("[");
        properties.AsObject().ContainsKey("msaAppPassword").ShouldBeFalse();
    }

    [Fact]
    public void AzureBot_EndpointIsHttpsApiMessagesOnTheWebApp()
    {
        var main = Arm.Root["resources"]!.AsArray().OfType<JsonObject>().Single(r => r["name"]?.GetValue<string>() == "bot");
        var endpoint = main["properties"]!["parameters"]!["endpoint"]!["value"]!.GetValue<string>();

        endpoint.ShouldBe("[format('https://{0}/api/messages', reference(resourceId('Microsoft.Resources/deployments', 'web'), '2025-04-01').outputs.defaultHostName.value)]");
    }

    [Fact]
    public void TeamsChannel_IsEnabled()
    {
        var channel = Arm.Single("Microsoft.BotService/botServices/channels").Body;

        channel["properties"]!["channelName"]!.GetValue<string>().ShouldBe("MsTeamsChannel");
        channel["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void WebApp_IsHardenedLinuxDotnet10()
    {
        var site = Arm.Single("Microsoft.Web/sites").Body;
        var config = site["properties"]!["siteConfig"]!;

        site["properties"]!["httpsOnly"]!.GetValue<bool>().ShouldBeTrue();
        config["linuxFxVersion"]!.GetValue<string>().ShouldBe("DOTNETCORE|10.0");
        config["minTlsVersion"]!.GetValue<string>().ShouldBe("1.2");
        config["ftpsState"]!.GetValue<string>().ShouldBe("Disabled");
        config["healthCheckPath"]!.GetValue<string>().ShouldBe("/healthz");
        config["alwaysOn"]!.GetValue<bool>().ShouldBeTrue();
        config["webSocketsEnabled"]!.GetValue<bool>().ShouldBeTrue();
        Arm.Single("Microsoft.Web/serverfarms").Body["properties"]!["reserved"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void WebApp_RunsAsTheBotIdentityAndReadsSecretsFromKeyVault()
    {
        var site = Arm.Single("Microsoft.Web/sites").Body;
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());

        site["identity"]!["type"]!.GetValue<string>().ShouldBe("UserAssigned");
        site["properties"]!["keyVaultReferenceIdentity"]!.GetValue<string>().ShouldBe("[parameters('identityResourceId')]");
        settings["MicrosoftAppType"].ShouldBe("UserAssignedMSI");
        settings["MicrosoftAppId"].ShouldBe("[parameters('identityClientId')]");
        settings["MicrosoftAppTenantId"].ShouldBe("[parameters('identityTenantId')]");
        settings["Storage__Provider"].ShouldBe("Postgres");
        settings.ShouldContainKey("APPLICATIONINSIGHTS_CONNECTION_STRING");
        foreach (var name in new[] { "Storage__ConnectionString", "DirectLine__Secret", "DirectLine__TokenSigningKey", "Responders__SignIn__ClientSecret" })
        {
            settings[name].ShouldStartWith("[format('@Microsoft.KeyVault(SecretUri={0})'", customMessage: name);
        }
        settings.ShouldNotContainKey("MicrosoftAppPassword");
    }

    [Fact]
    public void KeyVault_UsesRbacAndGrantsSecretsUserToTheIdentity()
    {
        Arm.Single("Microsoft.KeyVault/vaults").Body["properties"]!["enableRbacAuthorization"]!.GetValue<bool>().ShouldBeTrue();
        Arm.OfType("Microsoft.KeyVault/vaults/secrets").Select(r => r.Body["name"]!.GetValue<string>()).Order().ShouldBe(
        [
            "[format('{0}/{1}', parameters('vaultName'), 'direct-line-secret')]",
            "[format('{0}/{1}', parameters('vaultName'), 'postgres-connection-string')]",
            "[format('{0}/{1}', parameters('vaultName'), 'responder-signin-client-secret')]",
            "[format('{0}/{1}', parameters('vaultName'), 'token-signing-key')]",
        ]);
        var assignment = Arm.Single("Microsoft.Authorization/roleAssignments");
        var properties = assignment.Body["properties"]!;
        properties["roleDefinitionId"]!.GetValue<string>().ShouldBe(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRoleId'))]");
        assignment.Template["variables"]!["keyVaultSecretsUserRoleId"]!.GetValue<string>()
            .ShouldBe("4633458b-17de-408a-b874-0445c86b69e6"); // built-in role "Key Vault Secrets User"
        properties["principalId"]!.GetValue<string>().ShouldBe("[parameters('readerPrincipalId')]");
        properties["principalType"]!.GetValue<string>().ShouldBe("ServicePrincipal");
    }

    [Fact]
    public void Postgres_AllowsAzureServicesOnly()
    {
        var rule = Arm.Single("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules").Body["properties"]!;

        rule["startIpAddress"]!.GetValue<string>().ShouldBe("0.0.0.0");
        rule["endIpAddress"]!.GetValue<string>().ShouldBe("0.0.0.0");
    }

    [Fact]
    public void Outputs_CarryNoSecureValue()
    {
        foreach (var template in Arm.Templates)
        {
            var secure = ArmTemplate.SecureParameters(template).ToList();
            foreach (var (name, output) in template["outputs"] as JsonObject ?? [])
            {
                var type = output!["type"]!.GetValue<string>();
                var value = output["value"]!.ToJsonString();
                type.ShouldNotStartWith("secure", Case.Insensitive, $"output {name}");
                value.ShouldNotContain("list", Case.Sensitive, $"output {name} calls a list*() function");
                value.ShouldNotContain("ConnectionString", Case.Sensitive, $"output {name}");
                secure.ShouldAllBe(p => !value.Contains($"parameters('{p}')"), $"output {name} exposes a secure parameter");
            }
        }
    }

    [Fact]
    public void EveryDeclaredParameter_IsReferenced()
    {
        foreach (var template in Arm.Templates)
        {
            var declared = (template["parameters"] as JsonObject ?? []).Select(p => p.Key).ToList();
            var used = ArmTemplate.ReferencedParameters(template);

            declared.Where(p => !used.Contains(p)).ShouldBeEmpty();
        }
    }

    [Fact]
    public void MainTemplate_DeclaresTheSecretsAsSecureParameters() =>
        ArmTemplate.SecureParameters(Arm.Root).Order().ShouldBe(
            ["directLineSecret", "postgresAdminPassword", "responderSignInClientSecret", "tokenSigningKey"]);
}
