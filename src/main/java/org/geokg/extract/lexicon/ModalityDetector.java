package org.geokg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.kg.model.Modality;
import org.geokg.sys.ConfigException;

/**
 * Modality cues of a language from {@code data/lexicons/<lang>/modality.tsv} (columns:
 * cue pattern, modality, scope). Modality is one of intended, future, hypothetical,
 * negated, or {@code ongoing} ("since 2009": blocks the historical reading). Scope
 * {@code before}: the cue is in the trigger's clause, before it and at most 8 words
 * away (the nearest cue wins), or, with no such cue, opens there and closes after the trigger
 * (a cue split around it: de "schlug ... vor"); {@code clause}: anywhere in the clause;
 * {@code sentence}: anywhere in the sentence (conditionals); {@code inflection}: the cue column
 * lists word endings ({@code -rá|-rán}) and a word of the trigger itself that ends so carries
 * the modality (synthetic futures: es "visitará", fr "signera"; after the before and clause
 * cues, so "no visitará" stays negated and "si ..., responderá" hypothetical). Immutable and thread-safe.
 *
 * <pre>{@code
 * ModalityDetector m = SupportedLanguages.current().data().get("en").modality();
 * ModalityDetector.Reading r = m.detect(toks, clauseFrom, clauseTo, sentFrom, sentTo, trigFrom, trigTo, false);
 * }</pre>
 */
public final class ModalityDetector {
    private static final int WINDOW = 8;

    /** What a cue says: one of the {@link Modality} values, or {@link #ONGOING}. */
    public enum Reading {
        ASSERTED, INTENDED, FUTURE, HYPOTHETICAL, NEGATED, HISTORICAL,
        /** An explicit "since" cue ("since 2009"): blocks the historical reading. */
        ONGOING;

        /** The modality this reading gives, or null for {@link #ONGOING}. */
        public Modality modality() {
            return this == ONGOING ? null : Modality.valueOf(name());
        }

        /** The reading a modality.tsv value names ("intended", "ongoing"...). */
        static Reading of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** Where a cue must stand relative to the trigger. */
    private enum Scope {
        BEFORE, CLAUSE, SENTENCE
    }

    /** How many letters a word keeps before an inflection ending for the ending to count. */
    private static final int MIN_STEM = 3;

    private record Cue(TokenPattern pattern, Reading modality, Scope scope) {
    }

    /** Word endings that give a trigger word its modality ("-rá": a Spanish future). */
    private record Inflection(List<String> endings, Reading modality) {
    }

    private record Hit(Cue cue, int from, int to, boolean literal) {
    }

    private final List<Cue> cues;
    private final List<Inflection> inflections;
    private final WordForms forms;
    private final PatternStarts starts;

    private ModalityDetector(List<Cue> cues, List<Inflection> inflections, WordForms forms) {
        this.cues = cues;
        this.inflections = inflections;
        this.starts = new PatternStarts(cues.stream().map(Cue::pattern).toList(), forms);
        this.forms = forms;
    }

    /** No entries: for a language without lexicons. */
    static final ModalityDetector EMPTY = new ModalityDetector(List.of(), List.of(), WordForms.NONE);

    /** Reads {@code data/lexicons/<lang>/modality.tsv}, matching its words through {@code forms}. */
    static ModalityDetector load(String lang, WordForms forms) {
        String path = LexiconFiles.path(lang, "modality.tsv");
        Map<String, List<String>> classes = LexiconFiles.newClasses();
        List<Cue> list = new ArrayList<>();
        List<Inflection> inflections = new ArrayList<>();
        for (LexiconFiles.Row r : LexiconFiles.rows(path, 2, classes)) {
            String mod = r.col(1).toLowerCase(Locale.ROOT);
            Reading reading;
            try {
                reading = Reading.of(mod);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(r.where() + ": unknown modality '" + mod + "'", e);
            }
            String scope = r.col(2).isEmpty() ? "before" : r.col(2).toLowerCase(Locale.ROOT);
            if (scope.equals("inflection")) {
                inflections.add(new Inflection(endings(r.col(0), r.where()), reading));
                continue;
            }
            if (!List.of("before", "clause", "sentence").contains(scope)) {
                throw new ConfigException(r.where() + ": scope must be before, clause, sentence or inflection, not '"
                        + scope + "'");
            }
            list.add(new Cue(TokenPattern.parse(r.col(0), classes, forms, r.where()), reading,
                    Scope.valueOf(scope.toUpperCase(Locale.ROOT))));
        }
        return new ModalityDetector(List.copyOf(list), List.copyOf(inflections), forms);
    }

    /** The endings of an inflection row: "-rá|-rán" (each with its hyphen, lowercase). */
    private static List<String> endings(String cue, String where) {
        List<String> out = new ArrayList<>();
        for (String e : cue.split("\\|")) {
            String t = e.strip().toLowerCase(Locale.ROOT);
            if (t.length() < 2 || t.charAt(0) != '-') {
                throw new ConfigException(where + ": an inflection cue lists word endings such as -rá|-rán, not '"
                        + cue + "'");
            }
            out.add(t.substring(1));
        }
        return List.copyOf(out);
    }

    /** The modality an inflection ending of a word in {@code [from, to)} gives, or null. */
    private Reading inflected(List<Token> toks, int from, int to) {
        for (int i = from; i < to && i < toks.size(); i++) {
            String w = toks.get(i).norm();
            for (Inflection f : inflections) {
                for (String e : f.endings()) {
                    if (w.length() >= e.length() + MIN_STEM && w.endsWith(e)) {
                        return f.modality();
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when a hypothetical cue of clause or sentence scope opens the clause at tokens
     * {@code [from, to)}: a condition ("if ...", "jika ...", "si ...", "falls ..."). The main
     * clause it is attached to is conditional too ("If X attacks, Y will respond").
     */
    public boolean opensCondition(List<Token> toks, int from, int to) {
        if (from < 0 || from >= to || from >= toks.size()) {
            return false;
        }
        for (int k : starts.at(toks.get(from).norm())) {
            Cue c = cues.get(k);
            if (c.modality() == Reading.HYPOTHETICAL && c.scope() != Scope.BEFORE
                    && c.pattern().match(toks, from, to, forms) > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue modality for a trigger at tokens {@code [trigFrom, trigTo)}, or null when no
     * cue applies (the caller then decides between asserted and historical). The value
     * {@link Reading#ONGOING} means an explicit "since" cue.
     *
     * @param intentCode true for CAMEO 03x codes, which already say "intends to": intention
     *                   cues do not change their modality
     */
    public Reading detect(List<Token> toks, int clauseFrom, int clauseTo, int sentFrom, int sentTo, int trigFrom,
            int trigTo, boolean intentCode) {
        List<Hit> hits = new ArrayList<>();
        for (int i = sentFrom; i < sentTo; i++) {
            for (int k : starts.at(toks.get(i).norm())) {
                Cue c = cues.get(k);
                int e = c.pattern().match(toks, i, sentTo, forms);
                if (e > i) {
                    boolean literal = !forms.stems() || c.pattern().match(toks, i, sentTo, forms.literal()) == e;
                    hits.add(new Hit(c, i, e, literal));
                }
            }
        }
        // a cue inside a longer cue does not count ("not" inside "does not rule out"), nor a cue
        // that matched by stem only where another names the same words as written (fr "serait" is
        // the hypothetical row's, not the future "sera")
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean inner = false;
            for (Hit o : hits) {
                boolean longer = o.from() <= h.from() && o.to() >= h.to() && (o.to() - o.from()) > (h.to() - h.from());
                boolean sameButLiteral = o.from() == h.from() && o.to() == h.to() && o.literal() && !h.literal();
                if (o != h && (longer || sameButLiteral)) {
                    inner = true;
                    break;
                }
            }
            if (!inner && !(intentCode && h.cue().modality() == Reading.INTENDED)) {
                kept.add(h);
            }
        }
        Hit best = null;
        for (Hit h : kept) {
            if (h.cue().scope() == Scope.BEFORE && h.from() >= clauseFrom && h.to() <= trigFrom
                    && trigFrom - h.to() <= WINDOW && (best == null || h.to() > best.to())) {
                best = h;
            }
        }
        if (best == null) {
            // a cue split around the trigger (de separable verbs: "schlug ... Verhandlungen ... vor"),
            // opening before it in its clause
            for (Hit h : kept) {
                if (h.cue().scope() == Scope.BEFORE && h.cue().pattern().hasGap() && h.from() >= clauseFrom
                        && h.from() < trigFrom
                        && h.to() >= trigTo && h.to() <= clauseTo && trigFrom - h.from() <= WINDOW) {
                    best = h;
                    break;
                }
            }
        }
        if (best == null) {
            for (Hit h : kept) {
                if (h.cue().scope() == Scope.CLAUSE && h.from() >= clauseFrom && h.to() <= clauseTo
                        && (h.to() <= trigFrom || h.from() >= trigTo)) {
                    best = h;
                    break;
                }
            }
        }
        if (best == null && !inflections.isEmpty()) {
            Reading r = inflected(toks, trigFrom, trigTo);
            if (r != null && !(intentCode && r == Reading.INTENDED)) {
                return r;
            }
        }
        if (best == null) {
            for (Hit h : kept) {
                if (h.cue().scope() == Scope.SENTENCE && (h.to() <= trigFrom || h.from() >= trigTo)) {
                    best = h;
                    break;
                }
            }
        }
        return best == null ? null : best.cue().modality();
    }
}
