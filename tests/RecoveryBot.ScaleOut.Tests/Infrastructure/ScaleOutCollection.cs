using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.ScaleOut.Tests.Infrastructure;

/// <summary>
/// The scale-out tests run one after another on one PostgreSQL: each starts two or more host processes, and
/// running them side by side on a small CI machine only makes each slower and their deadlines tighter.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "scale-out";
}
