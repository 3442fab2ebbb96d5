using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Lexicon;
using RecoveryBot.Safety.Matching;
using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Detection;

/// <summary>
/// The rule layer of SAFETY-NOTES §4.3 (b)+(d)+(e): normalise → resolve words → match every lexicon pattern
/// anywhere in the message → apply context rules → fold in conversation memory. Synchronous, thread-safe, and
/// allocation-free for messages without cues (they get the shared <see cref="CrisisAssessment.NoRisk"/>, or
/// <see cref="CrisisAssessment.IdiomOnly"/> when a benign idiom matched).
/// Both languages are always matched, whatever the locale, because people mix them (Spanglish).
/// </summary>
public sealed class CrisisDetector(CompiledLexicon lexicon) : ICrisisDetector
{
    public CompiledLexicon Lexicon { get; } = lexicon;

    public static CrisisDetector FromDirectory(string directory) =>
        new(CompiledLexicon.Compile(LexiconLoader.LoadDirectory(directory).Select(d => d.Document)));

    /// <summary>Loads <c>dialogs/safety</c> found upward from the app or current directory.</summary>
    public static CrisisDetector FromDefaultDirectory() => FromDirectory(LexiconLoader.FindDefaultDirectory()
        ?? throw new DirectoryNotFoundException("dialogs/safety not found above the app or current directory"));

    public CrisisAssessment Assess(string text, string? locale, RiskMemory? recent = null) => Assess(text, recent, out _);

    /// <summary>
    /// The rule verdict plus the normalised text it was read from, so the learned layer featurises the very same
    /// tokens instead of normalising the message a second time. The spans point into this thread's scratch and are
    /// valid until the thread's next assessment; they are empty for a blank message.
    /// </summary>
    internal CrisisAssessment Assess(string text, RiskMemory? recent, out NormalizedText normalized)
    {
        normalized = default;
        if (string.IsNullOrWhiteSpace(text)) return RiskMemoryRules.ForNoCues(recent);
        var s = Scratch.For(text.Length);
        var count = MatchAll(s, text, out var n);
        normalized = new NormalizedText(s.Chars, s.Tokens.AsSpan(0, n));
        var hits = s.Hits.AsSpan(0, count);
        return hits.IsEmpty ? RiskMemoryRules.ForNoCues(recent) : Decide(s, hits, n, recent);
    }

    /// <summary>Every entry whose pattern (or combo) matched, before context rules (tests and diagnostics only).</summary>
    internal IReadOnlyList<string> MatchedEntryIds(string text)
    {
        var s = Scratch.For(text.Length);
        var count = MatchAll(s, text, out _);
        return s.Hits.Take(count).Select(h => Lexicon.Entries[h.Entry].Id).Distinct().ToList();
    }

    /// <summary>
    /// The first risk entry (or means cue) the message contains before any context rule or idiom is applied, or
    /// null. The second opinion only looks at messages with such vocabulary (SAFETY-NOTES §7 rule 11).
    /// </summary>
    public (string EntryId, CrisisCategory Category)? RiskVocabulary(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = Scratch.For(text.Length);
        var count = MatchAll(s, text, out _);
        for (var i = 0; i < count; i++)
        {
            var e = Lexicon.Entries[s.Hits[i].Entry];
            if (e.Kind == CueKind.Risk) return (e.Id, e.Category);
            if (e.Kind == CueKind.Means) return (e.Id, CrisisCategory.Suicide);
        }
        return null;
    }

    /// <summary>Normalise, resolve words, match patterns, then add combo hits; returns the hit count.</summary>
    private int MatchAll(Scratch s, string text, out int tokenCount)
    {
        var n = Lexicon.Normalizer.Normalize(text, s.Chars, s.Tokens);
        for (var i = 0; i < n; i++)
        {
            var t = s.Tokens[i];
            Lexicon.Vocabulary.Resolve(s.Chars.AsSpan(t.Start, t.Length), t.Flags, out s.Exact[i], out s.Prefix[i]);
        }
        tokenCount = n;
        var count = PatternMatcher.Match(Lexicon, s.Exact.AsSpan(0, n), s.Prefix.AsSpan(0, n), s.Hits);
        return ComboMatcher.Apply(Lexicon, s.Exact.AsSpan(0, n), s.Hits, count);
    }

    private CrisisAssessment Decide(Scratch s, ReadOnlySpan<Hit> hits, int tokenCount, RiskMemory? recent)
    {
        var dropped = s.Dropped.AsSpan(0, hits.Length);
        dropped.Clear();
        SuppressIdioms(hits, dropped);
        var ctx = new MessageContext(Lexicon, s.Exact.AsSpan(0, tokenCount), s.Tokens.AsSpan(0, tokenCount), hits, dropped);
        var hypothetical = ctx.Hypothetical();
        // A denial of "tonight" followed by "tomorrow tho" names a time too: the act is put off, not ruled out. A plan
        // already made ("i picked the spot") is a plan detail like a means or a time, whatever is denied elsewhere.
        var putOff = ctx.AnyPutOff();
        var specifics = ctx.Any(CueKind.Means) || ctx.Any(CueKind.Timing) || putOff || ctx.AnyPlan();
        var trivialJoke = ctx.Any(CueKind.Joke) && ctx.Any(CueKind.TrivialTrigger) && !specifics;

        // Stack for ordinary messages; a very long message (thousands of hits) gets a heap array instead.
        Span<CrisisLevel> levels = hits.Length <= 1024 ? stackalloc CrisisLevel[hits.Length] : new CrisisLevel[hits.Length];
        var mods = Modifiers.None;
        var best = CrisisLevel.None;
        for (var i = 0; i < hits.Length; i++)
        {
            levels[i] = CrisisLevel.None;
            var entry = Lexicon.Entries[hits[i].Entry];
            if (dropped[i] || entry.Kind != CueKind.Risk) continue;
            if ((entry.Flags & EntryFlags.Topic) != 0 && ctx.InInfoFrame(hits[i])) continue;
            var (level, m) = Level(entry, hits[i], ref ctx, hypothetical, specifics, trivialJoke);
            levels[i] = level;
            mods |= m;
            if (level > best) best = level;
        }

        var category = CrisisCategory.None;
        var ingestion = false;
        var overdoseSign = false;
        var failSafeOnly = true;
        for (var i = 0; i < hits.Length; i++)
        {
            if (levels[i] != best || best == CrisisLevel.None) continue;
            var entry = Lexicon.Entries[hits[i].Entry];
            failSafeOnly &= (entry.Flags & EntryFlags.FailSafe) != 0;
            if (CategoryChoice.Rank(entry.Category) > CategoryChoice.Rank(category)) category = entry.Category;
            ingestion |= (entry.Flags & EntryFlags.Ingestion) != 0;
            overdoseSign |= (entry.Flags & EntryFlags.OverdoseIfDrugs) != 0;
        }
        if (best >= CrisisLevel.Concern && category is CrisisCategory.Suicide or CrisisCategory.SelfHarm or CrisisCategory.Medical)
        {
            // SAFETY-NOTES §6: drugs or medicines swallowed (or about to be) → overdose, whatever the intent.
            if (ingestion || (overdoseSign && ctx.Any(CueKind.DrugContext))
                || ((mods & Modifiers.Specifics) != 0 && IngestionMeans(hits, dropped)))
            {
                category = CrisisCategory.Overdose;
            }
        }

        // "not gonna do anything stupid tonight. tomorrow tho": the act has no words of its own, the denial names it. Only
        // when something risky is already there (the check-in level): "not doing anything tonight, saturday tho we go
        // bowling" has nothing to put off.
        var putOffDenial = best == CrisisLevel.Concern ? ctx.PutOffDenial() : -1;
        if (putOffDenial >= 0) best = CrisisLevel.Crisis;
        if (putOff && best > CrisisLevel.None) mods |= Modifiers.PutOff;

        var memoryCue = (string?)null;
        if (RiskMemoryRules.RecentCrisis(recent) && best < CrisisLevel.Crisis)
        {
            // Right after a crisis: anything risky escalates; a casual or "I'm fine" message stays concern.
            // Fail-safe vocabulary alone ("my phone died") is not "anything risky": it keeps the check-in, no alarm.
            memoryCue = (best == CrisisLevel.Concern && !failSafeOnly) || specifics ? "mem.escalated" : "mem.after_crisis";
            best = memoryCue == "mem.escalated" ? CrisisLevel.Crisis : CrisisLevel.Concern;
            if (category == CrisisCategory.None) category = recent!.LastCategory;
        }
        else if (best < CrisisLevel.Crisis && specifics && RiskMemoryRules.EarlierConcern(recent) && ctx.Any(CueKind.Means))
        {
            memoryCue = "mem.specifics_after_concern";
            best = CrisisLevel.Crisis;
            if (category == CrisisCategory.None) category = recent!.LastCategory;
            if (IngestionMeans(hits, dropped)) category = CrisisCategory.Overdose;
        }
        // Idiom hits are never dropped, so the context sees every one that matched.
        if (best == CrisisLevel.None) return ctx.Any(CueKind.Idiom) ? CrisisAssessment.IdiomOnly : CrisisAssessment.NoRisk;

        var cues = new List<string>(4);
        for (var i = 0; i < hits.Length; i++)
        {
            if (levels[i] > CrisisLevel.None || i == putOffDenial) cues.Add(Lexicon.Entries[hits[i].Entry].Id);
        }
        ModifierNames.AddTo(cues, mods);
        if (memoryCue is not null) cues.Add(memoryCue);
        return new CrisisAssessment(best, category, cues);
    }

    private static (CrisisLevel, Modifiers) Level(LexiconEntry entry, in Hit hit, ref MessageContext ctx,
        bool hypothetical, bool specifics, bool trivialJoke)
    {
        // Rule 11 fail-safe vocabulary: a gentle check-in whatever the context; real signals come from other entries.
        if ((entry.Flags & EntryFlags.FailSafe) != 0) return (CrisisLevel.Concern, Modifiers.None);
        var level = entry.Level;
        var m = Modifiers.None;
        if (ctx.Negated(hit)) { m |= Modifiers.Negated; level = CrisisLevel.Concern; }
        if (ctx.Historical(hit)) { m |= Modifiers.Historical; level = CrisisLevel.Concern; }
        if (hypothetical && (entry.Flags & EntryFlags.Method) == 0) { m |= Modifiers.Hypothetical; level = CrisisLevel.Concern; }
        if (level == CrisisLevel.Crisis && (entry.Flags & EntryFlags.Method) == 0
            && (ctx.InSentence(hit, EntryFlags.Frame) || ctx.QuotedInInfoFrame(hit))
            && !ctx.SubjectInSentence(hit) && !ctx.ThirdPerson(hit))
        {
            // A film, book or news sentence with nobody real in it ("the movie ends with the hero jumping off a
            // cliff"): concern at most, never a full alarm; "i" or "my friend" in the sentence keeps the level, unless
            // it is inside the quoted line itself ("la canción dice 'me quiero morir'"). A quoted phrase asked about
            // ("what does it mean when a kid writes 'kms'?") is the same: mentioned, not said.
            m |= Modifiers.Fiction;
            level = CrisisLevel.Concern;
        }
        if (level == CrisisLevel.Crisis && !specifics && ctx.Denied() && (entry.Flags & EntryFlags.Ingestion) == 0
            && entry.Category is CrisisCategory.Suicide or CrisisCategory.SelfHarm)
        {
            m |= Modifiers.Negated;
            level = CrisisLevel.Concern;
        }
        if (entry.ThirdPersonLevel is { } third && ctx.ThirdPerson(hit)) { m |= Modifiers.ThirdPerson; level = third; }
        if (m == Modifiers.None && level == CrisisLevel.Concern && specifics
            && entry.Category is CrisisCategory.Suicide or CrisisCategory.SelfHarm or CrisisCategory.HarmOthers)
        {
            // Hopelessness or self-harm talk plus means or timing: fail safe (rule 11).
            m |= Modifiers.Specifics;
            level = CrisisLevel.Crisis;
        }
        if (m == Modifiers.None && level == CrisisLevel.Crisis && trivialJoke
            && entry.Category is CrisisCategory.Suicide or CrisisCategory.HarmOthers
            && (entry.Flags & (EntryFlags.Ingestion | EntryFlags.Method)) == 0 && ctx.JokeNear(hit) && ctx.TrivialNear(hit))
        {
            // §6: "failed my test, i want to die lol" is concern; the bare death wish stays crisis. The same holds for
            // a threat: "he microwaved fish in the office again, im gonna kill him lol" gets the check-in question. A
            // method or lethality question is never the joke ("failed chem jaja… ya busqué cómo matarme sin que duela").
            m |= Modifiers.Joke;
            level = CrisisLevel.Concern;
        }
        return (level, m);
    }

    private void SuppressIdioms(ReadOnlySpan<Hit> hits, Span<bool> dropped)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (Lexicon.Entries[hits[i].Entry].Kind != CueKind.Idiom) continue;
            for (var j = 0; j < hits.Length; j++)
            {
                var e = Lexicon.Entries[hits[j].Entry];
                // Combo hits span many words; the concepts inside idioms were already left out when they fired.
                if ((e.Flags & EntryFlags.Combo) != 0) continue;
                if (e.Kind is CueKind.Risk or CueKind.Means or CueKind.Timing && hits[j].Overlaps(hits[i])) dropped[j] = true;
            }
        }
    }

    private bool IngestionMeans(ReadOnlySpan<Hit> hits, ReadOnlySpan<bool> dropped)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            var e = Lexicon.Entries[hits[i].Entry];
            if (!dropped[i] && e.Kind == CueKind.Means && (e.Flags & EntryFlags.Ingestion) != 0) return true;
        }
        return false;
    }
}
