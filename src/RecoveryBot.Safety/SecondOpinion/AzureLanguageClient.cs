using System.Buffers;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>
/// A small client for the Azure AI Language REST API (<c>POST {endpoint}/language/:analyze-text</c>, one document
/// per call) on Azure.Core's <see cref="HttpPipeline"/>: sentiment for the safety second opinion and PII entities
/// for redaction. No retries (a late answer is useless to a turn already answered) and a hard time budget.
/// The text is sent to the service but never logged here; Azure.Core content logging stays off.
/// </summary>
public sealed class AzureLanguageClient
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly HttpPipeline pipeline;
    private readonly AzureLanguageOptions options;
    private readonly TimeProvider time;
    private readonly Uri analyzeUri;

    public AzureLanguageClient(AzureLanguageOptions options, TokenCredential? credential = null,
        TimeProvider? time = null, HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoint is null) throw new ArgumentException("Safety:AzureLanguage:Endpoint is not set", nameof(options));
        this.options = options;
        this.time = time ?? TimeProvider.System;
        analyzeUri = new Uri(options.Endpoint, "/language/:analyze-text");
        var clientOptions = new LanguageClientOptions();
        clientOptions.Retry.MaxRetries = 0;
        // The budget below is the real limit; this is only a backstop should the budget timer not fire.
        clientOptions.Retry.NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(10);
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        if (transport is not null) clientOptions.Transport = transport;
        HttpPipelinePolicy auth = !string.IsNullOrWhiteSpace(options.ApiKey)
            ? new KeyHeaderPolicy(KeyHeader, options.ApiKey)
            : new BearerTokenPolicy(credential ?? throw new ArgumentException("either an ApiKey or a TokenCredential is required"),
                Scope, this.time);
        pipeline = HttpPipelineBuilder.Build(clientOptions, auth);
    }

    /// <summary>Document sentiment; throws <see cref="AzureLanguageException"/> or <see cref="OperationCanceledException"/>.</summary>
    public async Task<SentimentResult> AnalyzeSentimentAsync(string text, string? language, CancellationToken ct = default)
    {
        using var doc = await AnalyzeAsync("SentimentAnalysis", text, language, ct).ConfigureAwait(false);
        var d = Document(doc.RootElement);
        var scores = d.GetProperty("confidenceScores");
        return new SentimentResult(d.GetProperty("sentiment").GetString() ?? "neutral",
            scores.GetProperty("positive").GetDouble(), scores.GetProperty("neutral").GetDouble(),
            scores.GetProperty("negative").GetDouble());
    }

    /// <summary>PII entities for redaction; throws rather than returning "nothing found" when the call fails.</summary>
    public async Task<IReadOnlyList<PiiEntity>> RecognizePiiAsync(string text, string? language, CancellationToken ct = default)
    {
        using var doc = await AnalyzeAsync("PiiEntityRecognition", text, language, ct).ConfigureAwait(false);
        var d = Document(doc.RootElement);
        var list = new List<PiiEntity>();
        foreach (var e in d.GetProperty("entities").EnumerateArray())
        {
            list.Add(new PiiEntity(e.GetProperty("text").GetString() ?? "", e.GetProperty("category").GetString() ?? "",
                e.TryGetProperty("subcategory", out var sub) ? sub.GetString() : null,
                e.GetProperty("offset").GetInt32(), e.GetProperty("length").GetInt32(),
                e.GetProperty("confidenceScore").GetDouble()));
        }
        return list;
    }

    /// <summary>"es-MX" → "es"; the service wants ISO 639-1 codes, and English is the safe default.</summary>
    public static string LanguageCode(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? "en" : locale.Split('-', '_')[0].ToLowerInvariant();

    private async Task<JsonDocument> AnalyzeAsync(string kind, string text, string? language, CancellationToken ct)
    {
        using var budget = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, budget.Token);
        using var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(analyzeUri);
        request.Uri.AppendQuery("api-version", options.ApiVersion);
        request.Headers.SetValue("Content-Type", "application/json");
        request.Headers.SetValue("Accept", "application/json");
        request.Content = RequestContent.Create(Body(kind, text, LanguageCode(language)));
        await pipeline.SendAsync(message, linked.Token).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status != 200) throw new AzureLanguageException($"analyze-text {kind} returned {response.Status}", response.Status);
        try
        {
            return JsonDocument.Parse(response.Content.ToMemory());
        }
        catch (JsonException)
        {
            throw new AzureLanguageException($"analyze-text {kind} returned unreadable JSON", response.Status);
        }
    }

    private static ReadOnlyMemory<byte> Body(string kind, string text, string language)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + text.Length * 2);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", kind);
            w.WriteStartObject("parameters");
            w.WriteString("modelVersion", "latest");
            w.WriteString("stringIndexType", "Utf16CodeUnit");
            w.WriteEndObject();
            w.WriteStartObject("analysisInput");
            w.WriteStartArray("documents");
            w.WriteStartObject();
            w.WriteString("id", "1");
            w.WriteString("language", language);
            w.WriteString("text", text);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    /// <summary>results.documents[0], or the service's per-document error as an exception.</summary>
    private static JsonElement Document(JsonElement root)
    {
        try
        {
            var results = root.GetProperty("results");
            if (results.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                throw new AzureLanguageException("analyze-text document error: "
                    + (errors[0].TryGetProperty("error", out var e) && e.TryGetProperty("code", out var c) ? c.GetString() : "unknown"));
            }
            var docs = results.GetProperty("documents");
            return docs.GetArrayLength() > 0 ? docs[0] : throw new AzureLanguageException("analyze-text returned no document");
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            throw new AzureLanguageException("analyze-text response is missing expected fields");
        }
    }

    private sealed class LanguageClientOptions : ClientOptions;
}
