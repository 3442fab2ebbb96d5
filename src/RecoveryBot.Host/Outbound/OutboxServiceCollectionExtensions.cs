namespace RecoveryBot.Host.Outbound;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>Connector replies through the durable outbox (replaces the fire-and-forget sender).</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.Lease > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero && o.FirstRetry > TimeSpan.Zero && o.MaxRetry >= o.FirstRetry,
                "Outbox timings must be positive and MaxRetry >= FirstRetry.")
            .ValidateOnStart();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<IReplySender, OutboxReplySender>();
        services.AddSingleton<OutboxSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSweeper>());
        return services;
    }
}
