using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Accounts;

/// <summary>Responder accounts: creation (CLI), password sign-in with lockout, Entra ID profiles, the directory.</summary>
public sealed partial class ResponderAccountStore(
    JsonRecords records,
    IPasswordHasher<ResponderAccount> hasher,
    IOptions<ResponderLockoutOptions> lockout,
    TimeProvider time) : IResponderDirectory
{
    public const int MinPasswordLength = 12;

    // Verified against when the name is unknown, so a wrong name costs the same time as a wrong password.
    private readonly Lazy<string> decoyHash = new(() =>
        hasher.HashPassword(new ResponderAccount { Id = "decoy", DisplayName = "decoy" }, Guid.NewGuid().ToString()));

    public static string NormalizeName(string name) => name.Trim().ToLowerInvariant();

    public async Task<AddAccountStatus> AddLocalAsync(string name, string? displayName, string password, ResponderRole role,
        bool replace = false, CancellationToken ct = default)
    {
        var id = NormalizeName(name);
        if (!ValidName().IsMatch(id))
        {
            return AddAccountStatus.InvalidName;
        }
        if (password.Length < MinPasswordLength)
        {
            return AddAccountStatus.WeakPassword;
        }
        var existed = false;
        var written = await records.UpdateAsync<ResponderAccount>(HandoffKeys.Responder(id), current =>
        {
            existed = current is not null;
            if (existed && !replace)
            {
                return null;
            }
            var account = current ?? new ResponderAccount { Id = id, DisplayName = displayName ?? name.Trim(), CreatedAt = time.GetUtcNow() };
            account.DisplayName = displayName ?? account.DisplayName;
            account.Role = role;
            account.Source = ResponderAccount.LocalSource;
            account.PasswordHash = hasher.HashPassword(account, password);
            account.FailedAttempts = 0;
            account.LockedUntil = null;
            return account;
        }, ct);
        if (written is null)
        {
            return AddAccountStatus.AlreadyExists;
        }
        await AddToIndexAsync(id, ct);
        return existed ? AddAccountStatus.Updated : AddAccountStatus.Created;
    }

    /// <summary>Checks a password; 5 failures lock the account for 15 minutes (counted with compare-and-set).</summary>
    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken ct = default)
    {
        var id = NormalizeName(name);
        var stored = ValidName().IsMatch(id) ? await records.ReadAsync<ResponderAccount>(HandoffKeys.Responder(id), ct) : null;
        var account = stored?.Value;
        if (account is null || account.PasswordHash is null || account.Disabled)
        {
            hasher.VerifyHashedPassword(new ResponderAccount { Id = "decoy", DisplayName = "decoy" }, decoyHash.Value, password);
            return new SignInResult(SignInStatus.Invalid, null);
        }
        var now = time.GetUtcNow();
        if (account.LockedUntil > now)
        {
            return new SignInResult(SignInStatus.LockedOut, null);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        var ok = verdict != PasswordVerificationResult.Failed;
        var options = lockout.Value;
        var after = await records.UpdateAsync<ResponderAccount>(HandoffKeys.Responder(id), current =>
        {
            if (current is null)
            {
                return null;
            }
            if (ok)
            {
                if (current.FailedAttempts == 0 && current.LockedUntil is null && verdict != PasswordVerificationResult.SuccessRehashNeeded)
                {
                    return null;
                }
                current.FailedAttempts = 0;
                current.LockedUntil = null;
                if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
                {
                    current.PasswordHash = hasher.HashPassword(current, password);
                }
                return current;
            }
            current.FailedAttempts++;
            if (current.FailedAttempts >= options.MaxFailedAttempts)
            {
                current.FailedAttempts = 0;
                current.LockedUntil = now.AddMinutes(options.LockoutMinutes);
            }
            return current;
        }, ct);
        if (ok)
        {
            return new SignInResult(SignInStatus.Success, account.ToIdentity());
        }
        return new SignInResult(after?.LockedUntil > now ? SignInStatus.LockedOut : SignInStatus.Invalid, null);
    }

    /// <summary>Records (or refreshes) an Entra ID user at sign-in so colleagues can transfer to them.</summary>
    public async Task<ResponderIdentity> UpsertExternalAsync(string id, string displayName, ResponderRole role, CancellationToken ct = default)
    {
        await records.UpdateAsync<ResponderAccount>(HandoffKeys.Responder(id), current =>
        {
            var account = current ?? new ResponderAccount { Id = id, DisplayName = displayName, CreatedAt = time.GetUtcNow() };
            if (current is not null && current.DisplayName == displayName && current.Role == role)
            {
                return null;
            }
            account.DisplayName = displayName;
            account.Role = role;
            account.Source = ResponderAccount.EntraSource;
            return account;
        }, ct);
        await AddToIndexAsync(id, ct);
        return new ResponderIdentity(id, displayName, role);
    }

    public async Task<ResponderAccount?> GetAsync(string id, CancellationToken ct = default) =>
        (await records.ReadAsync<ResponderAccount>(HandoffKeys.Responder(id), ct))?.Value;

    public async Task<ResponderIdentity?> FindAsync(string responderId, CancellationToken ct = default) =>
        await GetAsync(responderId, ct) is { Disabled: false } account ? account.ToIdentity() : null;

    public async Task<IReadOnlyList<ResponderIdentity>> ListAsync(CancellationToken ct = default)
    {
        var ids = (await records.ReadAsync<List<string>>(HandoffKeys.ResponderIndex, ct))?.Value ?? [];
        var result = new List<ResponderIdentity>();
        foreach (var id in ids)
        {
            if (await FindAsync(id, ct) is { } identity)
            {
                result.Add(identity);
            }
        }
        return result.OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private Task AddToIndexAsync(string id, CancellationToken ct) =>
        records.UpdateAsync<List<string>>(HandoffKeys.ResponderIndex, ids => ids is not null && ids.Contains(id) ? null : [.. ids ?? [], id], ct);

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{1,63}$")]
    private static partial Regex ValidName();
}
