using System.Collections.Frozen;
using System.Text;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>All lexicon files compiled once: vocabulary, entries, patterns indexed by their first word.</summary>
public sealed class CompiledLexicon
{
    private CompiledLexicon(TextNormalizer normalizer, Vocabulary vocabulary, LexiconEntry[] entries,
        CompiledPattern[] patterns, int[][] byFirstId, int patternSources, PatternAnchors anchors, ConceptCombo[] combos)
    {
        Combos = combos;
        ComboIndex = new ComboIndex(combos);
        Anchors = anchors;
        Normalizer = normalizer;
        Vocabulary = vocabulary;
        Entries = entries;
        Patterns = patterns;
        ByFirstId = byFirstId;
        PatternSources = patternSources;
    }

    public TextNormalizer Normalizer { get; }
    public Vocabulary Vocabulary { get; }
    public LexiconEntry[] Entries { get; }
    public CompiledPattern[] Patterns { get; }

    /// <summary>Token id → indexes into <see cref="Patterns"/> a match can start on (see CompiledPattern.FirstIds).</summary>
    public int[][] ByFirstId { get; }

    /// <summary>Rarest-word index used to skip patterns that start on a common word (see PatternAnchors).</summary>
    public PatternAnchors Anchors { get; }

    /// <summary>Concept co-occurrence rules (<c>kind: combo</c> entries), tried after pattern matching.</summary>
    public ConceptCombo[] Combos { get; }

    /// <summary>The combos each concept could open (see <see cref="Lexicon.ComboIndex"/>).</summary>
    public ComboIndex ComboIndex { get; }

    /// <summary>How many pattern lines the YAML held (before expansion).</summary>
    public int PatternSources { get; }

    public static CompiledLexicon Compile(IEnumerable<LexiconDocument> documents)
    {
        var docs = documents.ToList();
        var vocabulary = new Vocabulary();
        var emoji = new Dictionary<int, string>();
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var (name, members) in doc.Classes)
            {
                if (!classes.TryAdd(name, members)) throw new InvalidDataException($"word class @{name} defined twice");
            }
            foreach (var (symbol, words) in doc.Emoji)
            {
                if (Rune.DecodeFromUtf16(symbol, out var rune, out _) != System.Buffers.OperationStatus.Done)
                {
                    throw new InvalidDataException($"emoji entry '{symbol}' is not one character");
                }
                emoji[rune.Value] = words;
            }
        }
        foreach (var doc in docs)
        {
            foreach (var (typo, intended) in doc.Typos) vocabulary.AddTypo(typo, intended);
        }
        foreach (var w in classes.GetValueOrDefault("no_fuzzy") ?? []) vocabulary.ExcludeFromFuzzy(w);

        var compiler = new PatternCompiler(vocabulary, classes);
        var entries = new List<LexiconEntry>();
        var patterns = new List<CompiledPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sources = 0;
        // Context kinds become concepts only when a combo names them, so unused triggers add no work per message.
        var referenced = docs.SelectMany(d => d.Entries).Where(IsCombo)
            .SelectMany(e => e.All.Concat(e.Of).Concat(e.Unless))
            .SelectMany(item => item.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        var concepts = new ConceptRegistry(referenced);
        foreach (var e in docs.SelectMany(d => d.Entries).Where(IsConcept)) concepts.Bit(e.Concept ?? e.Id);
        var combos = new List<ConceptCombo>();
        foreach (var e in docs.SelectMany(d => d.Entries))
        {
            if (!ids.Add(e.Id)) throw new InvalidDataException($"lexicon entry id '{e.Id}' used twice");
            if (IsCombo(e))
            {
                combos.Add(ToCombo(e, entries.Count, concepts));
                entries.Add(ToEntry(e, ConceptSet.Empty));
                continue;
            }
            var entry = ToEntry(e, ConceptMaskOf(e, concepts));
            foreach (var p in e.Patterns)
            {
                try { patterns.Add(compiler.Compile(p, entries.Count)); }
                catch (FormatException ex) { throw new InvalidDataException($"{e.Id}: {ex.Message}", ex); }
                sources++;
            }
            entries.Add(entry);
        }
        vocabulary.Freeze();

        var index = new List<int>[vocabulary.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            foreach (var id in patterns[p].FirstIds) (index[id] ??= []).Add(p);
        }
        var byFirst = index.Select(l => l?.ToArray() ?? []).ToArray();
        return new CompiledLexicon(new TextNormalizer(emoji.ToFrozenDictionary()), vocabulary, [.. entries],
            [.. patterns], byFirst, sources, PatternAnchors.Build(patterns, vocabulary.Count), [.. combos]);
    }

    private static bool IsConcept(LexiconEntryDocument e) => string.Equals(e.Kind, "concept", StringComparison.OrdinalIgnoreCase);

    private static bool IsCombo(LexiconEntryDocument e) => string.Equals(e.Kind, "combo", StringComparison.OrdinalIgnoreCase);

    /// <summary>Concept entries provide their concept; context triggers provide their kind's name (means, timing…).</summary>
    private static ConceptSet ConceptMaskOf(LexiconEntryDocument e, ConceptRegistry concepts)
    {
        if (IsConcept(e)) return concepts.Bit(e.Concept ?? e.Id);
        var kind = ParseKind(e.Kind);
        return kind is null or CueKind.Risk ? ConceptSet.Empty : concepts.KindBit(kind.Value);
    }

    private static ConceptCombo ToCombo(LexiconEntryDocument e, int index, ConceptRegistry concepts)
    {
        if (e.Patterns.Count > 0) throw new InvalidDataException($"{e.Id}: a combo has concepts, not patterns");
        if (e.All.Count == 0 && e.Min <= 0) throw new InvalidDataException($"{e.Id}: a combo needs 'all' or 'min'+'of'");
        if (e.Min > e.Of.Count) throw new InvalidDataException($"{e.Id}: 'min' is larger than 'of'");
        var messageScope = e.Scope switch
        {
            null or "sentence" => false,
            "message" => true,
            _ => throw new InvalidDataException($"{e.Id}: scope must be sentence or message"),
        };
        ConceptSet of = ConceptSet.Empty, unless = ConceptSet.Empty;
        foreach (var o in e.Of) of |= concepts.Mask(o, e.Id);
        foreach (var u in e.Unless) unless |= concepts.Mask(u, e.Id);
        return new ConceptCombo(index, [.. e.All.Select(a => concepts.Mask(a, e.Id))], of, e.Min, unless, messageScope);
    }

    private static LexiconEntry ToEntry(LexiconEntryDocument e, ConceptSet conceptMask)
    {
        var combo = IsCombo(e);
        var kind = combo ? CueKind.Risk
            : ParseKind(e.Kind) ?? throw new InvalidDataException($"{e.Id}: unknown kind '{e.Kind}'");
        var level = kind == CueKind.Risk
            ? ParseLevel(e.Level) ?? throw new InvalidDataException($"{e.Id}: risk entries need level crisis|concern")
            : CrisisLevel.None;
        var category = kind is CueKind.Risk
            ? ParseCategory(e.Category) ?? throw new InvalidDataException($"{e.Id}: unknown category '{e.Category}'")
            : ParseCategory(e.Category) ?? CrisisCategory.None;
        var flags = combo ? EntryFlags.Combo : EntryFlags.None;
        foreach (var f in e.Flags)
        {
            flags |= f switch
            {
                "topic" => EntryFlags.Topic,
                "ingestion" => EntryFlags.Ingestion,
                "overdose_if_drugs" => EntryFlags.OverdoseIfDrugs,
                "method" => EntryFlags.Method,
                "subject" => EntryFlags.Subject,
                "frame" => EntryFlags.Frame,
                "failsafe" => EntryFlags.FailSafe,
                "plan" => EntryFlags.Plan,
                _ => throw new InvalidDataException($"{e.Id}: unknown flag '{f}'"),
            };
        }
        if (e.Patterns.Count == 0 && !combo) throw new InvalidDataException($"{e.Id}: no patterns");
        if ((flags & EntryFlags.Plan) != 0 && kind != CueKind.Risk) throw new InvalidDataException($"{e.Id}: only risk entries can be a plan");
        return new LexiconEntry(e.Id, kind, level, category, ParseLevel(e.Third), flags, conceptMask);
    }

    private static CueKind? ParseKind(string s) =>
        Enum.TryParse<CueKind>(s.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var k) ? k : null;

    public static CrisisLevel? ParseLevel(string? s) => s switch
    {
        "crisis" => CrisisLevel.Crisis,
        "concern" => CrisisLevel.Concern,
        "none" => CrisisLevel.None,
        _ => null,
    };

    public static CrisisCategory? ParseCategory(string? s) => s switch
    {
        "suicide" => CrisisCategory.Suicide,
        "self_harm" => CrisisCategory.SelfHarm,
        "overdose" => CrisisCategory.Overdose,
        "harm_others" => CrisisCategory.HarmOthers,
        "abuse_danger" => CrisisCategory.AbuseDanger,
        "medical" => CrisisCategory.Medical,
        "none" => CrisisCategory.None,
        _ => null,
    };

    public static string Name(CrisisCategory c) => c switch
    {
        CrisisCategory.Suicide => "suicide",
        CrisisCategory.SelfHarm => "self_harm",
        CrisisCategory.Overdose => "overdose",
        CrisisCategory.HarmOthers => "harm_others",
        CrisisCategory.AbuseDanger => "abuse_danger",
        CrisisCategory.Medical => "medical",
        _ => "none",
    };

    public static string Name(CrisisLevel l) => l switch
    {
        CrisisLevel.Crisis => "crisis",
        CrisisLevel.Concern => "concern",
        _ => "none",
    };
}
