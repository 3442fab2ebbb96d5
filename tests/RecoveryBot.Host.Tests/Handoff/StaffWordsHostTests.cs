using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Words;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Handoff;

/// <summary>The host loads dialogs/staff.yaml at start-up (Program → AddHandoff) and refuses to start without a word it uses.</summary>
public sealed class StaffWordsHostTests
{
    [Fact]
    public void Host_LoadsStaffWordsFromTheContentFolder()
    {
        using var factory = new HostFactory();

        var words = factory.Services.GetRequiredService<StaffWords>();

        words.Path.ShouldBe(Path.Combine(RepoPaths.Dialogs, StaffWords.FileName));
        words.Text(StaffWordIds.QueueEmpty).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void StaffWordsMissingAnId_HostDoesNotStartAndSaysWhich()
    {
        var dir = Directory.CreateTempSubdirectory("rb-staff-words-host-");
        try
        {
            var path = Path.Combine(dir.FullName, StaffWords.FileName);
            var original = File.ReadAllText(Path.Combine(RepoPaths.Dialogs, StaffWords.FileName));
            var edited = original.Replace("  crisis-banner:", "  crisis-banner-renamed:", StringComparison.Ordinal);
            edited.ShouldNotBe(original);
            File.WriteAllText(path, edited);
            using var factory = new HostFactory().With(StaffWordsFile.WordsFileSetting, path);

            var ex = Should.Throw<Exception>(() => factory.Services);

            Flatten(ex).ShouldContain("'crisis-banner' is missing (content id staff/crisis-banner");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Flatten(Exception ex) => ex.InnerException is null ? ex.Message : ex.Message + " | " + Flatten(ex.InnerException);
}
