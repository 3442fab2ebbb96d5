using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecoveryBot.Host.Privacy;
using RecoveryBot.Safety.SecondOpinion;

namespace RecoveryBot.Host.Tests.Privacy;

public sealed class PersonTextRedactorTests
{
    [Fact]
    public void PiiMasking_MasksConfidentEntities_SkipsPlaceholdersAndWeakOnes()
    {
        const string text = "I saw Dr Alvarez at Mercy General, call [phone]";
        PiiEntity[] entities =
        [
            new("Dr Alvarez", "Person", null, 6, 10, 0.95),
            new("Mercy General", "Organization", null, 20, 13, 0.4),
            new("[phone]", "PhoneNumber", null, 40, 7, 0.9),
            new("way out of range", "Person", null, 400, 5, 0.99),
        ];
        PiiMasking.Mask(text, entities, 0.6).ShouldBe("I saw [person] at Mercy General, call [phone]");
    }

    [Fact]
    public async Task AzureUnreachable_RegexRedactionStands()
    {
        var options = new AzureLanguageOptions { Endpoint = new Uri("http://127.0.0.1:9/"), ApiKey = "k", Timeout = TimeSpan.FromSeconds(5) };
        var redactor = new PersonTextRedactor(Options.Create(new PrivacyOptions()), NullLogger<PersonTextRedactor>.Instance, new AzureLanguageClient(options));
        (await redactor.RedactAsync("my name is Zeb, 555-867-5309", "en-US")).ShouldBe("my name is [name], [phone]");
    }

    [Fact]
    public async Task NoAzure_RegexOnly()
    {
        var redactor = new PersonTextRedactor(Options.Create(new PrivacyOptions()), NullLogger<PersonTextRedactor>.Instance);
        (await redactor.RedactAsync("write to me at a@b.org on 03/14/1990", null)).ShouldBe("write to me at [email] on [date]");
    }
}
