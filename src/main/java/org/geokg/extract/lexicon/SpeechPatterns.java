package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.sys.ConfigException;

/**
 * Speech verbs and attribution phrases of a language from
 * {@code data/lexicons/<lang>/speech.tsv}: columns pattern, kind ({@code verb}: "X said
 * ..." / "..., said X"; {@code prep}: "according to X, ..." / "..., according to X"),
 * flags ({@code comp}: a reported claim needs "that" or a colon after the verb;
 * {@code participle}: the verb has no subject of its own ("saying"), the speaker is the
 * sentence's subject; {@code tail}: the verb reports only after the words said ("..., kata X"),
 * before a verb it is an adverb; {@code person}: the attribution names a person by a pronoun
 * ("selon lui") or the verb form holds one ("katanya"), the speaker is the last person; {@code back}:
 * the words said are the sentence before, the speaker follows: "Hal itu disampaikan X", "Así lo
 * afirmó X", "C'est ce qu'a déclaré X"; {@code impersonal}: the verb names no speaker, "Dikatakan
 * bahwa", "Se indicó que", "hieß es": the body or state that spoke last or that the sentence before
 * is about). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * SpeechPatterns sp = SupportedLanguages.current().data().get("en").speech();
 * List<SpeechPatterns.Match> verbs = sp.find(toks, 0, toks.size());
 * }</pre>
 */
public final class SpeechPatterns {
    /** One row. */
    public record Entry(TokenPattern pattern, boolean prep, Set<SpeechFlag> flags) {
        public boolean has(SpeechFlag f) {
            return flags.contains(f);
        }
    }

    /**
     * A speech word at tokens {@code [from, to)}; {@code literal} when the row names the words as
     * written, false when they matched by stem or affix only.
     */
    public record Match(Entry entry, int from, int to, boolean literal) {
    }

    private final List<Entry> entries;
    private final WordForms forms;
    private final PatternStarts starts;

    private SpeechPatterns(List<Entry> entries, WordForms forms) {
        this.entries = entries;
        this.forms = forms;
        this.starts = new PatternStarts(entries.stream().map(Entry::pattern).toList(), forms);
    }

    /** No entries: for a language without lexicons. */
    static final SpeechPatterns EMPTY = new SpeechPatterns(List.of(), WordForms.NONE);

    /** Reads {@code data/lexicons/<lang>/speech.tsv}, matching its words through {@code forms}. */
    static SpeechPatterns load(String lang, WordForms forms) {
        String path = LexiconFiles.path(lang, "speech.tsv");
        Map<String, List<String>> classes = LexiconFiles.newClasses();
        List<Entry> list = new ArrayList<>();
        for (LexiconFiles.Row r : LexiconFiles.rows(path, 2, classes)) {
            String kind = r.col(1).toLowerCase(Locale.ROOT);
            if (!kind.equals("verb") && !kind.equals("prep")) {
                throw new ConfigException(r.where() + ": kind must be verb or prep, not '" + kind + "'");
            }
            Set<SpeechFlag> flags = EnumSet.noneOf(SpeechFlag.class);
            for (String f : r.col(2).split(",")) {
                String t = f.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (SpeechFlag.of(t) == null) {
                    throw new ConfigException(r.where() + ": unknown flag '" + t + "' (known: "
                            + Arrays.stream(SpeechFlag.values()).map(SpeechFlag::label).toList() + ")");
                }
                flags.add(SpeechFlag.of(t));
            }
            list.add(new Entry(TokenPattern.parse(r.col(0), classes, forms, r.where()), kind.equals("prep"),
                    Set.copyOf(flags)));
        }
        return new SpeechPatterns(List.copyOf(list), forms);
    }

    /** The rows, in file order. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * Non-overlapping speech words in {@code [from, to)}, in text order: at each start the longest
     * match, then a row naming the words as written over one that matched by stem only ("saying"
     * takes the participle row, not "said|says|say"), then the earlier row.
     */
    public List<Match> find(List<Token> toks, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match best = null;
            boolean bestLiteral = false;
            for (int k : starts.at(toks.get(i).norm())) {
                Entry e = entries.get(k);
                int end = e.pattern().match(toks, i, to, forms);
                if (end <= i || (best != null && end < best.to())) {
                    continue;
                }
                boolean literal = !forms.stems() || e.pattern().match(toks, i, to, forms.literal()) == end;
                if (best == null || end > best.to() || (literal && !bestLiteral)) {
                    best = new Match(e, i, end, literal);
                    bestLiteral = literal;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
