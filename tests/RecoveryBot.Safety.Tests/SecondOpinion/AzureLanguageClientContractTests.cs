using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Safety.SecondOpinion;

namespace RecoveryBot.Safety.Tests.SecondOpinion;

/// <summary>The analyze-text request shape (issue 4 §6), checked by a local fake of the service.</summary>
public sealed class AzureLanguageClientContractTests
{
    /// <summary>
    /// These tests check the request shape, not the 800 ms budget (SecondOpinionDetectorTests does that on a fake
    /// clock): a cold local server plus JIT on a busy CI core once took longer than 800 ms and failed a shape test.
    /// </summary>
    private static readonly TimeSpan ShapeTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sentiment_SendsAnalyzeTextRequestWithKeyAndDocument()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.93;
        var client = new AzureLanguageClient(new AzureLanguageOptions { Endpoint = server.Endpoint, ApiKey = "test-key", Timeout = ShapeTimeout });

        var result = await client.AnalyzeSentimentAsync("ya no puedo más", "es-MX");

        result.Negative.ShouldBe(0.93, 1e-9);
        result.Sentiment.ShouldBe("negative");
        server.Requests.Count.ShouldBe(1);
        server.Requests.TryPeek(out var r).ShouldBeTrue();
        r!.Method.ShouldBe("POST");
        r.Path.ShouldBe("/language/:analyze-text");
        r.ApiVersion.ShouldBe("2023-04-01");
        r.Key.ShouldBe("test-key");
        r.Authorization.ShouldBeNullOrEmpty();
        r.ContentType!.ShouldStartWith("application/json");
        r.Body.GetProperty("kind").GetString().ShouldBe("SentimentAnalysis");
        var docs = r.Body.GetProperty("analysisInput").GetProperty("documents");
        docs.GetArrayLength().ShouldBe(1);
        docs[0].GetProperty("id").GetString().ShouldBe("1");
        docs[0].GetProperty("language").GetString().ShouldBe("es");
        docs[0].GetProperty("text").GetString().ShouldBe("ya no puedo más");
    }

    [Fact]
    public async Task Pii_ReturnsEntitiesWithOffsets()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var client = new AzureLanguageClient(new AzureLanguageOptions { Endpoint = server.Endpoint, ApiKey = "k", Timeout = ShapeTimeout });

        var entities = await client.RecognizePiiAsync("call me at 555-123-4567", null);

        entities.Count.ShouldBe(1);
        entities[0].Category.ShouldBe("PhoneNumber");
        entities[0].Offset.ShouldBe(11);
        entities[0].Length.ShouldBe(12);
        server.Requests.TryPeek(out var r).ShouldBeTrue();
        r!.Body.GetProperty("kind").GetString().ShouldBe("PiiEntityRecognition");
        r.Body.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("language").GetString().ShouldBe("en");
    }

    [Fact]
    public async Task TokenCredential_SendsBearerForCognitiveServicesScopeAndCachesIt()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var credential = new RecordingCredential();
        var client = new AzureLanguageClient(new AzureLanguageOptions { Endpoint = server.Endpoint }, credential,
            new FakeTimeProvider(DateTimeOffset.UtcNow));

        await client.AnalyzeSentimentAsync("hello", "en");
        await client.AnalyzeSentimentAsync("hello again", "en");

        credential.Scopes.ShouldBe(["https://cognitiveservices.azure.com/.default"]);
        server.Requests.Select(r => r.Authorization).ShouldAllBe(a => a == "Bearer tok-1");
        server.Requests.Select(r => r.Key).ShouldAllBe(k => string.IsNullOrEmpty(k));
    }

    [Fact]
    public async Task ServerError_ThrowsAzureLanguageException()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Status = 500;
        var client = new AzureLanguageClient(new AzureLanguageOptions { Endpoint = server.Endpoint, ApiKey = "k", Timeout = ShapeTimeout });

        var ex = await Should.ThrowAsync<AzureLanguageException>(() => client.RecognizePiiAsync("x", "en"));
        ex.Status.ShouldBe(500);
    }

    [Fact]
    public void NoKeyAndNoCredential_IsRejectedAtConstruction()
    {
        Should.Throw<ArgumentException>(() =>
            new AzureLanguageClient(new AzureLanguageOptions { Endpoint = new Uri("https://example.invalid/") }));
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken("tok-" + Scopes.Count, DateTimeOffset.UtcNow.AddHours(1)));
        }
    }
}
