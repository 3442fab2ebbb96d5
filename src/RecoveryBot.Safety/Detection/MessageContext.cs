using RecoveryBot.Safety.Lexicon;
using RecoveryBot.Safety.Matching;
using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Detection;

/// <summary>
/// The ConText-style questions asked about one risk hit (SAFETY-NOTES §4.2): is it negated, historical,
/// hypothetical, in an information frame, about a third person? Scopes: negation looks back a few words
/// within the clause; history and third person look within the sentence; hypotheticals span the message
/// ("…? asking for a friend").
/// </summary>
internal readonly ref struct MessageContext(
    CompiledLexicon lexicon, ReadOnlySpan<int> exact, ReadOnlySpan<TokenSpan> tokens, ReadOnlySpan<Hit> hits,
    ReadOnlySpan<bool> dropped)
{
    private const int NegationWindow = 4;

    // Combos span whole sentences: a negation only negates the concept right after it ("not going to", "no me voy").
    private const int ComboNegationWindow = 1;

    private readonly ReadOnlySpan<int> exact = exact;
    private readonly ReadOnlySpan<TokenSpan> tokens = tokens;
    private readonly ReadOnlySpan<Hit> hits = hits;
    private readonly ReadOnlySpan<bool> dropped = dropped;

    public CueKind KindOf(int hit) => lexicon.Entries[hits[hit].Entry].Kind;

    public bool Any(CueKind kind)
    {
        for (var i = 0; i < hits.Length; i++) if (!dropped[i] && KindOf(i) == kind) return true;
        return false;
    }

    /// <summary>A "just kidding" disclaimer, unless it sits inside a pseudo-negation ("no es broma", "not a joke").</summary>
    private bool Disclaimed() => AnyOutsidePseudoNegation(CueKind.Disclaimer);

    /// <summary>
    /// A denial of any action ("not gonna do anything"), unless a pseudo-negation takes it back: in "im not gonna do
    /// anything stupid, i just want to sleep forever" the denial is of an act and the wish after it stands.
    /// </summary>
    public bool Denied()
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (LiveDenial(i) && !PutOff(hits[i])) return true;
        }
        return false;
    }

    /// <summary>A denial hit that counts: not removed by an idiom, not inside a pseudo-negation.</summary>
    private bool LiveDenial(int hit) => !dropped[hit] && KindOf(hit) == CueKind.Denial && !InsidePseudoNegation(hit);

    /// <summary>
    /// A plan already made (<see cref="EntryFlags.Plan"/>) that is itself neither negated nor in the past: a plan detail,
    /// like a means or a time ("im not suicidal. i just have a plan for when the pain gets past an 8").
    /// </summary>
    public bool AnyPlan()
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (dropped[i] || (lexicon.Entries[hits[i].Entry].Flags & EntryFlags.Plan) == 0) continue;
            if (!Negated(hits[i]) && !Historical(hits[i])) return true;
        }
        return false;
    }

    /// <summary>A negation or denial that only puts the act off (<see cref="PutOff"/>): the later time is a plan detail.</summary>
    public bool AnyPutOff()
    {
        for (var i = 0; i < hits.Length; i++)
        {
            var live = KindOf(i) == CueKind.Negation ? !dropped[i] && !Masked(hits[i]) : LiveDenial(i);
            if (live && PutOff(hits[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// A put-off denial of an act with no words of its own ("not gonna do anything tonight. tomorrow tho"): the hit
    /// index, or -1. The denial is then what names the act.
    /// </summary>
    public int PutOffDenial()
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (LiveDenial(i) && PutOff(hits[i])) return i;
        }
        return -1;
    }

    /// <summary>
    /// The trigger (a negation or a denial) rules out only the present and a later time follows it, in its sentence or
    /// the next: "no im not gonna hurt myself tonight. tomorrow when the house is empty", "hoy no me voy a hacer nada…
    /// lo tengo pensado para el domingo". Such a trigger negates and denies nothing: the act is put off, not ruled out.
    /// </summary>
    private bool PutOff(in Hit trigger)
    {
        var (s, e) = Sentence(trigger);
        if (!HasIn(CueKind.Now, s, e)) return false;
        var (_, later) = SentencesAround(trigger, before: 0, after: 1);
        for (var i = 0; i < hits.Length; i++)
        {
            var d = hits[i];
            if (KindOf(i) == CueKind.Deferral && d.Start >= trigger.End && d.Start < later && !RuledOut(d)) return true;
        }
        return false;
    }

    /// <summary>"not tonight, not tomorrow, not ever": a later time right after a negation is ruled out too.</summary>
    private bool RuledOut(in Hit later)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (KindOf(i) == CueKind.Negation && hits[i].End == later.Start) return true;
        }
        return false;
    }

    private bool AnyOutsidePseudoNegation(CueKind kind)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (!dropped[i] && KindOf(i) == kind && !InsidePseudoNegation(i)) return true;
        }
        return false;
    }

    private bool InsidePseudoNegation(int hit)
    {
        for (var j = 0; j < hits.Length; j++)
        {
            if (KindOf(j) == CueKind.PseudoNegation && hits[j].Overlaps(hits[hit])) return true;
        }
        return false;
    }

    /// <summary>
    /// Is the hit negated? A plain risk phrase looks a few words back in its clause; a combo (its flag read from the
    /// entry, as <see cref="Historical"/> does) asks <see cref="NegatedCombo"/>.
    /// </summary>
    public bool Negated(in Hit h)
    {
        if (IsCombo(h.Entry)) return NegatedCombo(h);
        if (Disclaimed()) return true;
        for (var i = 0; i < hits.Length; i++)
        {
            var m = hits[i];
            if (KindOf(i) != CueKind.Negation || m.End > h.Start || h.Start - m.End > NegationWindow) continue;
            if (Masked(m) || Breaks(m.End, h.Start) || PutOff(m)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// A combo hit spans several concepts ("i … want … disappear forever"): it is negated when a negation trigger
    /// inside or just before the span directly precedes one of its concept hits (subject words aside). Any concept
    /// counts, not only the combo's own: in "i dont want to die, i just want everything to stop" the "dont" before
    /// "want" negates a combo that reads only "everything to stop" (measured: limiting it to the combo's own concepts
    /// raised 36 labelled denials to a full alarm).
    /// </summary>
    private bool NegatedCombo(in Hit h)
    {
        if (Disclaimed()) return true;
        for (var i = 0; i < hits.Length; i++)
        {
            var m = hits[i];
            if (KindOf(i) != CueKind.Negation || m.End > h.End || m.End < h.Start - NegationWindow || Masked(m) || PutOff(m)) continue;
            for (var c = 0; c < hits.Length; c++)
            {
                var concept = hits[c];
                var e = lexicon.Entries[concept.Entry];
                if (dropped[c] || e.ConceptMask.IsEmpty || KindOf(c) == CueKind.Negation || (e.Flags & EntryFlags.Subject) != 0) continue;
                if (concept.Start < m.End || concept.Start - m.End > ComboNegationWindow || concept.End > h.End) continue;
                if (!Breaks(m.End, concept.Start)) return true;
            }
        }
        return false;
    }

    public bool Historical(in Hit h)
    {
        var combo = IsCombo(h.Entry);
        // A recency word cancels the history only inside the hit's own clause: "i attempted years ago, it still
        // shapes me" stays historical; "i tried years ago and still want to die" does not. A lingering word ("still")
        // counts only before the end of the hit: "abused me as a kid and i still cant sleep" stays historical, while
        // "200 days clean and im holding the lighter right now" is not history. A combo's span ends at its own
        // concepts, and "still" may be one of them: "od'd in 2022 and im still scared to sleep" lingers after the
        // event, so for a combo only a lingering word before the span counts.
        // A combo inside one sentence may also reach over a comma to a time word that dates the present, not the event
        // ("hace años intenté quitarme la vida, hoy me acordé"; "tuve una sobredosis hace dos años, ahora llevo uno
        // limpio"): its recency words are read in the clause it starts in and in the clause of the history marker, so
        // "roommate od'd, narcan brought him back 10 min ago but now hes drifting off" is not history. A combo across
        // sentences keeps the whole span ("…when i was using. im going to make it hurt tonight").
        var withinSentence = combo && !CrossesSentence(h);
        var (s, e) = Sentence(h);
        var (cs, ce) = withinSentence ? ClauseAt(h.Start) : Clause(h);
        if (RecentOutsideHistory(cs, ce) || HasIn(CueKind.Lingering, cs, combo ? h.Start : h.End)) return false;
        for (var i = 0; i < hits.Length; i++)
        {
            var m = hits[i];
            if (KindOf(i) != CueKind.Historical || m.Start < s || m.End > e) continue;
            if (withinSentence && ClauseAt(m.Start) is var (ms, me) && RecentOutsideHistory(ms, me)) continue;
            if (!HasIn(CueKind.Terminator, Math.Min(m.End, h.End), Math.Max(m.Start, h.Start))) return true;
        }
        return false;
    }

    private bool CrossesSentence(in Hit h)
    {
        for (var j = h.Start; j < h.End; j++) if (exact[j] == lexicon.Vocabulary.SentenceId) return true;
        return false;
    }

    /// <summary>
    /// A hypothetical or "asking for a friend" frame anywhere in the message, unless the message takes it back ("and by
    /// someone i mean me", "its not really hypothetical").
    /// </summary>
    public bool Hypothetical() => Any(CueKind.Hypothetical) && !Any(CueKind.HypotheticalRetracted);

    public bool InInfoFrame(in Hit h)
    {
        var (s, e) = Sentence(h);
        return HasIn(CueKind.Info, s, e);
    }

    /// <summary>
    /// A concept entry with <paramref name="flag"/> (subject word, fiction frame) in the hit's sentence; with
    /// <paramref name="outsideQuotes"/>, only one that starts outside quotation marks counts.
    /// </summary>
    public bool InSentence(in Hit h, EntryFlags flag, bool outsideQuotes = false)
    {
        var (s, e) = Sentence(h);
        for (var i = 0; i < hits.Length; i++)
        {
            if (!dropped[i] && (lexicon.Entries[hits[i].Entry].Flags & flag) != 0
                && hits[i].Start >= s && hits[i].Start < e && !(outsideQuotes && Quoted(hits[i].Start))) return true;
        }
        return false;
    }

    /// <summary>
    /// A real person in the hit's sentence (<see cref="EntryFlags.Subject"/>: "i", "my friend"). When the hit is quoted,
    /// a subject inside quotation marks is the quoted speaker, not the writer: in "the chorus is literally 'i wanna die
    /// young'" the "i" is the song's. A subject outside the quote still counts ("the song says 'i want to die' and i
    /// feel that").
    /// </summary>
    // The hit's last word decides: a pattern may reach back over the quotation mark ("goes 'i want to die'").
    public bool SubjectInSentence(in Hit h) => InSentence(h, EntryFlags.Subject, outsideQuotes: Quoted(h.End - 1));

    /// <summary>
    /// The hit is inside quotation marks in a question about words ("what does it mean when a kid writes 'kms'?"): the
    /// phrase is mentioned, not said.
    /// </summary>
    public bool QuotedInInfoFrame(in Hit h) => Quoted(h.Start) && Quoted(h.End - 1) && InInfoFrame(h);

    private bool Quoted(int token) => token < tokens.Length && (tokens[token].Flags & TokenFlags.Quoted) != 0;

    public bool ThirdPerson(in Hit h)
    {
        var (s, _) = Sentence(h);
        return HasIn(CueKind.ThirdPerson, s, h.Start + 1);
    }

    /// <summary>
    /// A laugh in the hit's sentence or just after it: "failed my test, i want to die lol" and "i want to die. lmao"
    /// are the joke, while a "jaja" said in an apology before a decision ("perdón por el spam jaja… ya decidí que esta
    /// es mi última semana") is not about it.
    /// </summary>
    public bool JokeNear(in Hit h)
    {
        var (s, e) = SentencesAround(h, before: 0, after: 1);
        return HasIn(CueKind.Joke, s, e); // idioms only drop risk, means and timing hits, never a laugh
    }

    /// <summary>
    /// A trivial trigger in the hit's sentence or in the sentence on either side: "burned the eggs again. kms lol" is
    /// about the eggs, while a long day's "dosing line was 40 deep" three sentences before "i wrote letters for my
    /// kids so theyll find them after" explains nothing about the letters.
    /// </summary>
    public bool TrivialNear(in Hit h)
    {
        var (s, e) = SentencesAround(h, before: 1, after: 1);
        return HasIn(CueKind.TrivialTrigger, s, e);
    }

    /// <summary>
    /// Token range of the hit's sentence widened by up to <paramref name="before"/> sentences before it and
    /// <paramref name="after"/> after it.
    /// </summary>
    private (int Start, int End) SentencesAround(in Hit h, int before, int after)
    {
        var sentence = lexicon.Vocabulary.SentenceId;
        var (s, e) = Sentence(h);
        for (var k = 0; k < before && s > 0; k++)
        {
            s--;
            while (s > 0 && exact[s - 1] != sentence) s--;
        }
        for (var k = 0; k < after && e < exact.Length; k++)
        {
            e++;
            while (e < exact.Length && exact[e] != sentence) e++;
        }
        return (s, e);
    }

    /// <summary>Token range of the sentence holding the hit.</summary>
    private (int Start, int End) Sentence(in Hit h)
    {
        var sentence = lexicon.Vocabulary.SentenceId;
        var s = h.Start;
        while (s > 0 && exact[s - 1] != sentence) s--;
        var e = h.End;
        while (e < exact.Length && exact[e] != sentence) e++;
        return (s, e);
    }

    /// <summary>Token range of the clause holding the hit (commas, semicolons and sentence ends bound it).</summary>
    private (int Start, int End) Clause(in Hit h) => ClauseBetween(h.Start, h.End);

    /// <summary>Token range of the clause holding token <paramref name="token"/>.</summary>
    private (int Start, int End) ClauseAt(int token) => ClauseBetween(token, token);

    private (int Start, int End) ClauseBetween(int start, int end)
    {
        var v = lexicon.Vocabulary;
        var s = start;
        while (s > 0 && exact[s - 1] != v.SentenceId && exact[s - 1] != v.ClauseId) s--;
        var e = end;
        while (e < exact.Length && exact[e] != v.SentenceId && exact[e] != v.ClauseId) e++;
        return (s, e);
    }

    /// <summary>
    /// A recency word in [start, end) that is not part of a history marker: in "two years ago this week" or "this time
    /// last year" the "this week" dates an anniversary, it does not make the event recent.
    /// </summary>
    private bool RecentOutsideHistory(int start, int end)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            var r = hits[i];
            if (KindOf(i) != CueKind.Recent || r.Start < start || r.Start >= end) continue;
            var dated = false;
            for (var j = 0; j < hits.Length && !dated; j++)
            {
                dated = KindOf(j) == CueKind.Historical && hits[j].Start <= r.Start && hits[j].End >= r.End;
            }
            if (!dated) return true;
        }
        return false;
    }

    private bool HasIn(CueKind kind, int start, int end)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (KindOf(i) == kind && hits[i].Start >= start && hits[i].Start < end) return true;
        }
        return false;
    }

    /// <summary>A clause break, sentence end or "but" between a trigger and the hit ends the trigger's scope.</summary>
    private bool Breaks(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (exact[j] == lexicon.Vocabulary.SentenceId || exact[j] == lexicon.Vocabulary.ClauseId) return true;
        }
        return HasIn(CueKind.Terminator, from, to);
    }

    private bool IsCombo(int entry) => (lexicon.Entries[entry].Flags & EntryFlags.Combo) != 0;

    /// <summary>A negation word inside "not gonna lie" or inside a risk phrase ("no reason to live", "won't be needing") negates nothing.</summary>
    private bool Masked(in Hit trigger)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            var k = KindOf(i);
            // Also a negation inside a concept phrase ("won't be needing them", "nothing left to sort out").
            if (k is CueKind.Risk && IsCombo(hits[i].Entry)) continue;
            // A risk phrase an idiom removed ("dont worry im not trying to od") no longer swallows the negation in it.
            if (k is CueKind.Risk && dropped[i]) continue;
            if ((k is CueKind.PseudoNegation or CueKind.Risk or CueKind.Concept) && hits[i].Overlaps(trigger)) return true;
        }
        return false;
    }
}
