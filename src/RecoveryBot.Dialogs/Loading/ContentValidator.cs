using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>
/// Checks across files: dangling goto, unknown flows/resources/messages, unreachable steps, duplicate step ids,
/// and stigmatising words (CONTENT-BRIEF §4). Per-file schema checks happen while parsing.
/// </summary>
public static class ContentValidator
{
    public static void Check(LoadedContent content, List<ContentProblem> problems)
    {
        foreach (var id in EngineContract.Flows)
        {
            if (!content.Flows.ContainsKey(id))
            {
                problems.Add(new("dialogs/flows", 1, Rules.MissingFlow, $"the engine needs flow '{id}' ({id}.yaml)"));
            }
        }
        if (content.Flows.TryGetValue(EngineContract.Privacy, out var privacy)
            && privacy.Find(EngineContract.PrivacyDeleteEntry) is null)
        {
            problems.Add(new(privacy.File, 1, Rules.DanglingGoto,
                $"the engine enters step '{EngineContract.PrivacyDeleteEntry}' for \"delete my data\"; it is missing"));
        }
        foreach (var id in EngineContract.Messages)
        {
            if (!content.Messages.ContainsKey(id))
            {
                problems.Add(new(content.MessagesFile, 1, Rules.MissingMessage, $"the engine needs message '{id}'"));
            }
        }
        foreach (var m in content.Messages.Values)
        {
            CheckLinks(m.Links, content, content.MessagesFile, m.Line, $"message '{m.Id}'", problems);
            StigmaCheck.Check(m.Text, content, content.MessagesFile, m.Line, problems);
        }
        foreach (var r in content.Resources.Values)
        {
            StigmaCheck.Check(r.Title, content, r.File, r.Line, problems);
        }
        foreach (var flow in content.Flows.Values)
        {
            CheckFlow(flow, content, problems);
        }
    }

    private static void CheckFlow(Flow flow, LoadedContent content, List<ContentProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in flow.Steps)
        {
            if (!ids.Add(step.Id))
            {
                problems.Add(new(flow.File, step.Line, Rules.DuplicateStep, $"step id '{step.Id}' appears twice"));
            }
        }
        void Target(string? target, int line, string what)
        {
            if (target is not null && flow.Find(target) is null)
            {
                problems.Add(new(flow.File, line, Rules.DanglingGoto, $"{what} goes to '{target}', which is not a step of {flow.Id}"));
            }
        }
        Target(flow.Start, 1, "start");
        foreach (var entry in flow.Entries)
        {
            Target(entry, 1, "entries");
        }
        foreach (var step in flow.Steps)
        {
            var what = $"step '{step.Id}'";
            foreach (var rule in step.Next)
            {
                Target(rule.Goto, rule.Line, what);
            }
            foreach (var choice in step.Choices)
            {
                Target(choice.Goto, choice.Line, $"choice '{choice.Value}' of {what}");
                StigmaCheck.Check(choice.Label, content, flow.File, choice.Line, problems);
            }
            Target(step.GiveUp, step.Line, $"giveUp of {what}");
            if (step.Flow is not null)
            {
                if (!content.Flows.TryGetValue(step.Flow, out var callee))
                {
                    problems.Add(new(flow.File, step.Line, Rules.MissingFlow, $"{what} calls flow '{step.Flow}', which does not exist"));
                }
                else if (step.At is not null && callee.Find(step.At) is null)
                {
                    problems.Add(new(flow.File, step.Line, Rules.DanglingGoto, $"{what} enters '{step.Flow}' at unknown step '{step.At}'"));
                }
            }
            if (step.Prompt == PromptKind.Number && (step.Min is null || step.Max is null || step.Min > step.Max))
            {
                problems.Add(new(flow.File, step.Line, Rules.Schema, $"{what}: a number prompt needs min <= max"));
            }
            CheckLinks(step.Links, content, flow.File, step.Line, what, problems);
            StigmaCheck.Check(step.Text, content, flow.File, step.Line, problems);
            StigmaCheck.Check(step.Retry, content, flow.File, step.Line, problems);
        }
        CheckAnswerKeys(flow, problems);
        var reachable = Reachable(flow);
        foreach (var step in flow.Steps)
        {
            if (!reachable.Contains(step.Id))
            {
                problems.Add(new(flow.File, step.Line, Rules.Unreachable,
                    $"step '{step.Id}' cannot be reached from '{flow.Start}' (add a goto to it, list it in entries, or remove it)"));
            }
        }
    }

    /// <summary>A score total sharing a name with a saved answer would overwrite it (and break the sum).</summary>
    private static void CheckAnswerKeys(Flow flow, List<ContentProblem> problems)
    {
        var saved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in flow.Steps)
        {
            if (step.Save is not null)
            {
                saved.Add(step.Save);
            }
        }
        foreach (var step in flow.Steps)
        {
            foreach (var total in step.Score)
            {
                if (saved.Contains(total))
                {
                    problems.Add(new(flow.File, step.Line, Rules.Schema,
                        $"step '{step.Id}': score total '{total}' is also an answer key; name totals like '{total}-score'"));
                }
            }
        }
    }

    private static HashSet<string> Reachable(Flow flow)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([flow.Start, .. flow.Entries]);
        while (todo.Count > 0)
        {
            var id = todo.Pop();
            if (!seen.Add(id) || flow.Find(id) is not { } step)
            {
                continue;
            }
            foreach (var rule in step.Next)
            {
                todo.Push(rule.Goto);
            }
            foreach (var choice in step.Choices)
            {
                if (choice.Goto is not null)
                {
                    todo.Push(choice.Goto);
                }
            }
            if (step.GiveUp is not null)
            {
                todo.Push(step.GiveUp);
            }
            if (ContentCatalog.FallThroughOf(flow, step) is { } next)
            {
                todo.Push(next);
            }
        }
        return seen;
    }

    private static void CheckLinks(string[] links, LoadedContent content, string file, int line, string what,
        List<ContentProblem> problems)
    {
        foreach (var link in links)
        {
            if (!content.Resources.ContainsKey(link))
            {
                problems.Add(new(file, line, Rules.MissingResource, $"{what} links to unknown resource '{link}'"));
            }
        }
    }
}
