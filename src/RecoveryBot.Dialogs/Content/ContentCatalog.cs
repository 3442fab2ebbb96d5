using RecoveryBot.Dialogs.Directory;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Loading;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Content;

/// <summary>
/// dialogs/ loaded once, validated, and precompiled for the hot path: dictionaries by id, normalised choice
/// tables, per-language button and link arrays, and cached replies for lines without placeholders.
/// </summary>
public sealed class ContentCatalog : IContentCatalog
{
    private readonly LoadedContent _content;
    private readonly Dictionary<(string Id, string Locale), Reply> _cachedMessages = new();

    private ContentCatalog(LoadedContent content)
    {
        _content = content;
        Numbers = new NumberRecognizer(content.Words.Numbers);
        foreach (var flow in content.Flows.Values)
        {
            foreach (var step in flow.Steps)
            {
                StepCompiler.Compile(flow, step, this);
            }
        }
        foreach (var m in content.Messages.Values)
        {
            if (!m.Text.HasPlaceholders)
            {
                foreach (var locale in new[] { Locales.En, Locales.Es })
                {
                    _cachedMessages[(m.Id, locale)] = new Reply("messages/" + m.Id, m.Text.Get(locale), [], LinksFor(m.Links, locale));
                }
            }
        }
    }

    /// <summary>Every problem in the folder, sorted by file and line; empty when the content is valid.</summary>
    public static IReadOnlyList<ContentProblem> Validate(string dialogsDirectory)
    {
        var problems = new List<ContentProblem>();
        var content = ContentLoader.Read(dialogsDirectory, problems);
        ContentValidator.Check(content, problems);
        return Sorted(problems);
    }

    /// <summary>Loads and validates; the host calls this on start and refuses to start on invalid content.</summary>
    /// <exception cref="ContentValidationException">With the same messages <c>dialogs check</c> prints.</exception>
    public static ContentCatalog Load(string dialogsDirectory)
    {
        var problems = new List<ContentProblem>();
        var content = ContentLoader.Read(dialogsDirectory, problems);
        ContentValidator.Check(content, problems);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(Sorted(problems));
        }
        return new ContentCatalog(content);
    }

    private static List<ContentProblem> Sorted(List<ContentProblem> problems) =>
        [.. problems.Distinct().OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];

    internal RecognizerWords Words => _content.Words;
    internal NumberRecognizer Numbers { get; }
    internal CommandTable Commands => _content.Words.Commands;

    public IReadOnlyCollection<Flow> Flows => _content.Flows.Values;
    public ServiceDirectory Directory => _content.Directory;

    public Flow? FindFlow(string id) => _content.Flows.GetValueOrDefault(id);

    public bool HasMessage(string id) => _content.Messages.ContainsKey(id);

    internal MessageDef MessageDef(string id) => _content.Messages[id];

    public Reply Message(string id, string locale, IReadOnlyDictionary<string, string>? args = null)
    {
        locale = Locales.Normalize(locale);
        if (_cachedMessages.TryGetValue((id, locale), out var cached))
        {
            return cached;
        }
        var m = _content.Messages[id];
        return new Reply("messages/" + id, Template.Render(m.Text.Get(locale), null, args), [], LinksFor(m.Links, locale));
    }

    /// <summary>Message text only, for composing (directory entries, cost labels).</summary>
    internal string MessageText(string id, string locale) => _content.Messages[id].Text.Get(locale);

    internal ReplyLink[] LinksFor(string[] ids, string locale)
    {
        if (ids.Length == 0)
        {
            return [];
        }
        var links = new ReplyLink[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var r = _content.Resources[ids[i]];
            links[i] = new ReplyLink(r.Title.Get(locale), r.Url);
        }
        return links;
    }

    /// <summary>The step a waterfall falls through to: the next in the list, unless a rule always applies.</summary>
    public static string? FallThroughOf(Flow flow, Step step)
    {
        if (step.Kind == StepKind.End)
        {
            return null;
        }
        foreach (var rule in step.Next)
        {
            if (rule.When is null)
            {
                return null;
            }
        }
        for (var i = 0; i < flow.Steps.Count - 1; i++)
        {
            if (ReferenceEquals(flow.Steps[i], step))
            {
                return flow.Steps[i + 1].Id;
            }
        }
        return null;
    }
}
