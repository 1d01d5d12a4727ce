package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.sys.ConfigException;

/**
 * Event triggers of a language from {@code data/lexicons/<lang>/events.tsv}: columns
 * pattern ({@link TokenPattern} syntax), CAMEO code, flags (comma-separated:
 * {@code sym} both sides are partners, {@code noun} nominal trigger, {@code speaker} the
 * speaker of the enclosing speech is the source and the subject the target, {@code solo}
 * one participant is enough, {@code loc} places after the trigger count as targets,
 * {@code weak} ambiguous word, {@code ctx=@class} needs a word of that class in the
 * sentence). Rows {@code @name<TAB>w1|w2} define word classes; the class {@code @offtopic}
 * names words of another field's news (sports results) that keep a sentence from giving
 * events. Immutable and thread-safe.
 *
 * <pre>{@code
 * EventLexicon lex = SupportedLanguages.current().data().get("id").events();
 * List<EventLexicon.Match> ms = lex.find(toks, 0, toks.size());
 * }</pre>
 */
public final class EventLexicon {
    /** One lexicon entry. */
    public record Entry(TokenPattern pattern, String cameo, Set<EventFlag> flags, String context, String where) {
        public boolean has(EventFlag flag) {
            return flags.contains(flag);
        }
    }

    /**
     * A trigger found in a token list: tokens {@code [from, to)}; {@code literal} when the row
     * names the words as written (no stemming needed).
     */
    public record Match(Entry entry, int from, int to, boolean literal) {
    }

    private final List<Entry> entries;
    private final Map<String, List<String>> classes;
    private final WordForms forms;
    private final PatternStarts starts;

    private EventLexicon(List<Entry> entries, Map<String, List<String>> classes, WordForms forms) {
        this.entries = entries;
        this.classes = classes;
        this.forms = forms;
        this.starts = new PatternStarts(entries.stream().map(Entry::pattern).toList(), forms);
    }

    /** No entries: for a language without lexicons. */
    static final EventLexicon EMPTY = new EventLexicon(List.of(), Map.of(), WordForms.NONE);

    /** Reads {@code data/lexicons/<lang>/events.tsv}, matching its words through {@code forms}. */
    static EventLexicon load(String lang, WordForms forms) {
        String path = LexiconFiles.path(lang, "events.tsv");
        Map<String, List<String>> classes = LexiconFiles.newClasses();
        List<Entry> list = new ArrayList<>();
        CameoCodebook book = CameoCodebook.standard();
        for (LexiconFiles.Row r : LexiconFiles.rows(path, 2, classes)) {
            String code = r.col(1);
            book.require(code, r.where());
            Set<EventFlag> flags = EnumSet.noneOf(EventFlag.class);
            String ctx = null;
            for (String f : r.col(2).split(",")) {
                String t = f.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (t.startsWith("ctx=@")) {
                    ctx = t.substring(5);
                    if (!classes.containsKey(ctx)) {
                        throw new ConfigException(r.where() + ": unknown word class @" + ctx);
                    }
                } else if (EventFlag.of(t) != null) {
                    flags.add(EventFlag.of(t));
                } else {
                    throw new ConfigException(r.where() + ": unknown flag '" + t + "' (known: "
                            + Arrays.stream(EventFlag.values()).map(EventFlag::label).toList() + ", ctx=@class)");
                }
            }
            list.add(new Entry(TokenPattern.parse(r.col(0), classes, forms, r.where()), code, Set.copyOf(flags), ctx,
                    r.where()));
        }
        return new EventLexicon(List.copyOf(list), classes, forms);
    }

    /** The trigger rows, in file order. */
    List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Non-overlapping triggers in {@code [from, to)}: at each overlap the longer match
     * (then the row naming the words as written over one that matched by stem only, then the
     * more specific pattern, then the earlier row) wins.
     */
    public List<Match> find(List<Token> toks, int from, int to) {
        List<Match> kept = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        for (Match m : ranked(toks, from, to)) {
            if (free(used, m)) {
                kept.add(m);
                take(used, m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::from));
        return kept;
    }

    /**
     * Every trigger in {@code [from, to)}, overlapping ones too, best first (the order
     * {@link #find} resolves overlaps in): a caller that drops a trigger for want of
     * parties can fall back on a shorter one inside it.
     */
    public List<Match> ranked(List<Token> toks, int from, int to) {
        List<Match> all = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (int k : starts.at(toks.get(i).norm())) {
                Entry e = entries.get(k);
                int end = e.pattern().match(toks, i, to, forms);
                if (end > i) {
                    boolean literal = !forms.stems() || e.pattern().match(toks, i, to, forms.literal()) == end;
                    all.add(new Match(e, i, end, literal));
                }
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> -(m.to() - m.from()))
                .thenComparing(m -> !m.literal())
                .thenComparingInt(m -> -m.entry().pattern().weight())
                .thenComparingInt(m -> m.from()));
        return all;
    }

    /** True when no token of {@code m} is marked in {@code used}. */
    public static boolean free(boolean[] used, Match m) {
        for (int i = m.from(); i < m.to(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    /** Marks the tokens of {@code m} in {@code used}. */
    public static void take(boolean[] used, Match m) {
        for (int i = m.from(); i < m.to(); i++) {
            used[i] = true;
        }
    }

    /** True when the file defines the word class {@code @name}. */
    public boolean hasClass(String name) {
        return classes.containsKey(name);
    }

    /** True when some word of class {@code name} occurs in {@code [from, to)}. */
    public boolean hasClassWord(String name, List<Token> toks, int from, int to) {
        TokenPattern p = TokenPattern.parse("@" + name, classes, forms, "class @" + name);
        for (int i = from; i < to; i++) {
            if (p.match(toks, i, to, forms) > i) {
                return true;
            }
        }
        return false;
    }
}
