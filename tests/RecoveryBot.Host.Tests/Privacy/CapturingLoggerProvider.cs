using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>Keeps every log line at every level: the message, each structured value, scopes and exceptions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) line.Append(" | ").Append(key).Append('=').Append(value);
            owner._scopes?.ForEachScope((scope, sb) => sb.Append(" | scope=").Append(scope), line);
            if (exception is not null) line.Append(" | ").Append(exception);
            owner.Lines.Enqueue(line.ToString());
        }
    }
}
