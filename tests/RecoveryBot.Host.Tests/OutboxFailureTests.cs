using RecoveryBot.Host.Outbound;
using RecoveryBot.Protocol.Connector;

namespace RecoveryBot.Host.Tests;

/// <summary>The outbox retries what may succeed later and drops, with a log line, what never can.</summary>
public sealed class OutboxFailureTests
{
    [Theory]
    [InlineData(400, true)]
    [InlineData(403, true)]
    [InlineData(404, true)]
    [InlineData(413, true)]
    [InlineData(401, false)]
    [InlineData(412, false)]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(502, false)]
    public void ConnectorStatus_ClassifiedAsPermanentOrRetried(int status, bool permanent) =>
        OutboxDelivery.IsPermanent(new ConnectorException("send", status, null, null)).ShouldBe(permanent);

    [Fact]
    public void UntrustedServiceUrl_IsNeverRetried() =>
        OutboxDelivery.IsPermanent(new UntrustedServiceUrlException("169.254.169.254")).ShouldBeTrue();

    [Fact]
    public void NetworkError_IsRetried() =>
        OutboxDelivery.IsPermanent(new HttpRequestException("connection refused")).ShouldBeFalse();
}
