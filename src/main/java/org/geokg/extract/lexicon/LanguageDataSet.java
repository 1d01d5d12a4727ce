package org.geokg.extract.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@link LanguageData} of every supported language, loaded together when the pipeline is
 * built, plus the data for texts in any other language ({@link LanguageData#undetermined}). The
 * stages take what they need from it instead of loading lexicons per language on first use.
 *
 * <pre>{@code
 * LanguageDataSet langs = SupportedLanguages.current().loadAll(); // or a ConfigException
 * EventLexicon events = langs.get("de-AT").events();              // de's
 * langs.get("it").supported();                                    // false: no lexicons
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class LanguageDataSet {
    private final Map<String, LanguageData> byCode;
    private final LanguageData undetermined;
    private final List<String> codes;

    LanguageDataSet(List<String> codes, Map<String, LanguageData> byCode, LanguageData undetermined) {
        this.codes = List.copyOf(codes);
        this.byCode = Map.copyOf(byCode);
        this.undetermined = undetermined;
    }

    /** The supported codes, in the order of the language list. */
    public List<String> codes() {
        return codes;
    }

    /**
     * The data of a language code ("de", "de-AT", "DE"); for null, "und" or a language without
     * lexicons the {@linkplain LanguageData#undetermined undetermined} data.
     */
    public LanguageData get(String code) {
        if (code == null) {
            return undetermined;
        }
        String l = code.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        if (dash > 0) {
            l = l.substring(0, dash);
        }
        return byCode.getOrDefault(l, undetermined);
    }

    /**
     * The grammar words of one kind ({@link LanguageWords#BYLINE}, {@link LanguageWords#OUTLET_WORD}...)
     * in every supported language and {@code und}, for the stages that read a text before they
     * know its language.
     */
    public Set<String> words(String kind) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : codes) {
            out.addAll(byCode.get(c).words().words(kind));
        }
        out.addAll(undetermined.words().words(kind));
        return Set.copyOf(out);
    }

    /** The data for texts in a language without lexicons. */
    public LanguageData undetermined() {
        return undetermined;
    }

    @Override
    public String toString() {
        return "LanguageDataSet" + codes;
    }
}
