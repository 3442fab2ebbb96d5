using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Accounts;

/// <summary>
/// A responder known to RecoveryBot, stored under <c>responder:{id}</c>. Local accounts carry a password hash from
/// ASP.NET Core Identity's <c>PasswordHasher</c>; Entra ID users are recorded at sign-in without one.
/// </summary>
public sealed class ResponderAccount
{
    public const string LocalSource = "local";
    public const string EntraSource = "entra";

    public required string Id { get; init; }
    public required string DisplayName { get; set; }
    public ResponderRole Role { get; set; }
    public string Source { get; set; } = LocalSource;
    public string? PasswordHash { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool Disabled { get; set; }

    public ResponderIdentity ToIdentity() => new(Id, DisplayName, Role);
}

/// <summary><c>Responders:Lockout</c>: issue 6 asks for lockout after 5 failed attempts, for 15 minutes.</summary>
public sealed class ResponderLockoutOptions
{
    public int MaxFailedAttempts { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
}

public enum SignInStatus
{
    Success,
    Invalid,
    LockedOut,
}

public sealed record SignInResult(SignInStatus Status, ResponderIdentity? Responder);

public enum AddAccountStatus
{
    Created,
    Updated,
    AlreadyExists,
    InvalidName,
    WeakPassword,
}
