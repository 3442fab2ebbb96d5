using System.Text;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task AddLocal_StoresHashNotPassword()
    {
        using var h = new HandoffHarness();

        (await h.Accounts.AddLocalAsync("Alex", "Alex P", "correct horse battery", ResponderRole.Supervisor)).ShouldBe(AddAccountStatus.Created);

        var json = Encoding.UTF8.GetString(h.Store.All[RecoveryBot.Handoff.Storage.HandoffKeys.Responder("alex")].Data);
        json.ShouldNotContain("correct horse battery");
        (await h.Accounts.SignInAsync("alex", "correct horse battery")).Responder.ShouldBe(new ResponderIdentity("alex", "Alex P", ResponderRole.Supervisor));
        (await h.Accounts.AddLocalAsync("alex", null, "another long password", ResponderRole.Responder)).ShouldBe(AddAccountStatus.AlreadyExists);
    }

    [Theory]
    [InlineData("a", "correct horse battery", AddAccountStatus.InvalidName)]
    [InlineData("bad name", "correct horse battery", AddAccountStatus.InvalidName)]
    [InlineData("alex", "short", AddAccountStatus.WeakPassword)]
    public async Task AddLocal_BadInputRefused(string name, string password, AddAccountStatus expected)
    {
        using var h = new HandoffHarness();
        (await h.Accounts.AddLocalAsync(name, null, password, ResponderRole.Responder)).ShouldBe(expected);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockedFor15MinutesEvenWithRightPassword()
    {
        using var h = new HandoffHarness();
        await h.AddCastAsync();
        for (var i = 0; i < 4; i++)
        {
            (await h.Accounts.SignInAsync("alex", "wrong guess")).Status.ShouldBe(SignInStatus.Invalid);
        }
        (await h.Accounts.SignInAsync("alex", "wrong guess")).Status.ShouldBe(SignInStatus.LockedOut);

        (await h.Accounts.SignInAsync("alex", "correct horse battery")).Status.ShouldBe(SignInStatus.LockedOut);
        h.Time.Advance(TimeSpan.FromMinutes(15));
        (await h.Accounts.SignInAsync("alex", "correct horse battery")).Status.ShouldBe(SignInStatus.Success);
    }

    [Fact]
    public async Task UnknownName_InvalidNotLockedOut()
    {
        using var h = new HandoffHarness();
        (await h.Accounts.SignInAsync("nobody", "whatever")).Status.ShouldBe(SignInStatus.Invalid);
    }

    [Fact]
    public void Throttle_AfterThreeFailuresAttemptsMustWaitLonger()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var throttle = new SignInThrottle(time);
        for (var i = 0; i < 3; i++)
        {
            throttle.RetryAfter("10.0.0.1").ShouldBe(TimeSpan.Zero);
            throttle.RecordFailure("10.0.0.1");
        }
        throttle.RetryAfter("10.0.0.1").ShouldBe(TimeSpan.Zero);
        throttle.RecordFailure("10.0.0.1");

        throttle.RetryAfter("10.0.0.1").ShouldBe(TimeSpan.FromSeconds(2));
        throttle.RetryAfter("10.0.0.2").ShouldBe(TimeSpan.Zero);
        time.Advance(TimeSpan.FromSeconds(2));
        throttle.RetryAfter("10.0.0.1").ShouldBe(TimeSpan.Zero);
        throttle.RecordFailure("10.0.0.1");
        throttle.RetryAfter("10.0.0.1").ShouldBe(TimeSpan.FromSeconds(4));
    }
}
