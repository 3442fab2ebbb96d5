namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>Document-level sentiment from <c>SentimentAnalysis</c>: the label and its three confidence scores.</summary>
public sealed record SentimentResult(string Sentiment, double Positive, double Neutral, double Negative);

/// <summary>One entity from <c>PiiEntityRecognition</c>; offsets are UTF-16 code units (stringIndexType=Utf16CodeUnit).</summary>
public sealed record PiiEntity(string Text, string Category, string? Subcategory, int Offset, int Length, double ConfidenceScore);

/// <summary>The service answered with an error, or with something this client cannot read.</summary>
public sealed class AzureLanguageException(string message, int status = 0) : Exception(message)
{
    public int Status { get; } = status;
}
