using System.Text.Json;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;
using RecoveryBot.Protocol.Teams;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>Connector routes, token handling and host allow-list (PROTOCOL §3.2–3.4) against local fakes.</summary>
public sealed class ConnectorClientTests
{
    private const string TeamsThreadId = "19:abc@thread.tacv2;messageid=1700000000000";
    private const string EncodedThreadId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000";

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task SendToConversation_PostsWithTokenFromTheTokenEndpoint()
    {
        await using var h = await ConnectorHarness.StartAsync();

        var response = await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "a:1conv", Message("hello"));

        response.Id.ShouldBe("fake-activity-1");
        var request = h.Connector.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.RawTarget.ShouldBe("/amer/v3/conversations/a%3A1conv/activities");
        request.Authorization.ShouldBe("Bearer " + FakeTokenEndpoint.TokenValue(1));
        request.ReadActivity()!.Text.ShouldBe("hello");

        var tokenRequest = h.Tokens.Requests.ShouldHaveSingleItem();
        tokenRequest.Tenant.ShouldBe(ConnectorHarness.TenantId);
        tokenRequest.Form["grant_type"].ShouldBe("client_credentials");
        tokenRequest.Form["client_id"].ShouldBe(ConnectorHarness.AppId);
        tokenRequest.Form["client_secret"].ShouldBe(ConnectorHarness.Secret);
        tokenRequest.Form["scope"].ShouldBe("https://api.botframework.com/.default");
    }

    [Fact]
    public async Task SecondCall_ReusesTheCachedToken()
    {
        await using var h = await ConnectorHarness.StartAsync();

        await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "a:1conv", Message("one"));
        await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "a:1conv", Message("two"));

        h.Tokens.Requests.Count(r => r.Tenant is not null).ShouldBe(1);
        h.Connector.Requests.Select(r => r.Authorization).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task MultiTenantBot_AsksTheBotFrameworkTenant()
    {
        await using var h = await ConnectorHarness.StartAsync(appType: "MultiTenant");

        await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "a:1conv", Message("hi"));

        h.Tokens.Requests.ShouldHaveSingleItem().Tenant.ShouldBe("botframework.com");
    }

    [Fact]
    public async Task Reply_EncodesTeamsIdsAsSingleSegments()
    {
        await using var h = await ConnectorHarness.StartAsync();

        await h.Client.ReplyToActivityAsync(h.Connector.ServiceUrl, TeamsThreadId, "1:a@b;c=d", Message("hi"));

        h.Connector.Requests.ShouldHaveSingleItem().RawTarget
            .ShouldBe($"/amer/v3/conversations/{EncodedThreadId}/activities/1%3Aa%40b%3Bc%3Dd");
    }

    [Theory]
    [InlineData("amer")]
    [InlineData("amer/")]
    public async Task ServiceUrl_JoinedWithOrWithoutTrailingSlash(string path)
    {
        await using var h = await ConnectorHarness.StartAsync();

        await h.Client.SendToConversationAsync(new Uri(h.Connector.BaseAddress, path).ToString(), "c1", Message("hi"));

        h.Connector.Requests.ShouldHaveSingleItem().RawTarget.ShouldBe("/amer/v3/conversations/c1/activities");
    }

    [Fact]
    public async Task UpdateAndDelete_UsePutAndDeleteOnTheActivity()
    {
        await using var h = await ConnectorHarness.StartAsync();

        await h.Client.UpdateActivityAsync(h.Connector.ServiceUrl, "c1", "act:1", Message("edited"));
        await h.Client.DeleteActivityAsync(h.Connector.ServiceUrl, "c1", "act:1");

        h.Connector.Requests.Select(r => (r.Method, r.RawTarget)).ShouldBe(
        [
            ("PUT", "/amer/v3/conversations/c1/activities/act%3A1"),
            ("DELETE", "/amer/v3/conversations/c1/activities/act%3A1"),
        ]);
    }

    [Fact]
    public async Task CreateChannelThread_PostsConversationParametersAndReturnsThreadId()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(201, $$"""{"id":"{{TeamsThreadId}}","activityId":"1700000000000"}"""));
        var parameters = TeamsChannelPost.Create("19:responders@thread.tacv2", ConnectorHarness.TenantId, Message("alert"));

        var created = await h.Client.CreateConversationAsync(h.Connector.ServiceUrl, parameters);

        created.Id.ShouldBe(TeamsThreadId);
        created.ActivityId.ShouldBe("1700000000000");
        var request = h.Connector.Requests.ShouldHaveSingleItem();
        request.RawTarget.ShouldBe("/amer/v3/conversations");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("isGroup").GetBoolean().ShouldBeTrue();
        body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString().ShouldBe("19:responders@thread.tacv2");
        body.RootElement.GetProperty("activity").GetProperty("text").GetString().ShouldBe("alert");
    }

    [Fact]
    public async Task GetMembers_ReturnsTheAccounts()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(200, """[{"id":"29:1","name":"Alex","aadObjectId":"x"},{"id":"28:bot"}]"""));

        var members = await h.Client.GetConversationMembersAsync(h.Connector.ServiceUrl, "a:1conv");

        members.Select(m => m.Id).ShouldBe(["29:1", "28:bot"]);
        h.Connector.Requests.ShouldHaveSingleItem().RawTarget.ShouldBe("/amer/v3/conversations/a%3A1conv/members");
    }

    [Fact]
    public async Task AcceptedWithoutBody_ReturnsEmptyResourceResponse()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(202));

        var response = await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Message("hi"));

        response.Id.ShouldBeNull();
    }

    [Fact]
    public async Task UntrustedHostWithAuthEnabled_NeverReceivesTheToken()
    {
        await using var h = await ConnectorHarness.StartAsync(trustedHosts: []);

        var error = await Should.ThrowAsync<UntrustedServiceUrlException>(
            () => h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Message("hi")));

        error.Host.ShouldBe("127.0.0.1");
        h.Connector.Requests.ShouldBeEmpty();
        h.Tokens.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AuthDisabled_SendsWithoutAuthorization()
    {
        await using var h = await ConnectorHarness.StartAsync(appId: null, trustedHosts: []);

        await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Message("hi"));

        h.Connector.Requests.ShouldHaveSingleItem().Authorization.ShouldBeNull();
        h.Tokens.Requests.ShouldBeEmpty();
    }
}
