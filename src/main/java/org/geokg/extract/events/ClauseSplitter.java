package org.geokg.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.extract.analysis.ArticleView;
import org.geokg.extract.analysis.SpeechFinder;
import org.geokg.extract.lexicon.Grammar;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.nlp.Abbreviations;

/**
 * Splits a sentence's tokens into clauses: at {@code ;} and {@code :}, at quotation marks,
 * at complementizers ("bahwa", "that"), contrast words ("namun", "but") and subordinators
 * ("after", "setelah", "nachdem", "cuando", "lorsque"; a sentence opening with one is cut at its
 * first comma as well), at relative
 * words after a comma (", which"), and around speech attributions. A relative clause opened
 * right after an actor and closed by a comma is an aside ("Turkey, which claims the islands,
 * accused ..."): it is cut at both ends, and {@link #aside} tells it. Stateless; thread-safe.
 *
 * <pre>{@code
 * List<int[]> clauses = ClauseSplitter.split(view, sentenceIndex, speeches); // token ranges
 * }</pre>
 */
final class ClauseSplitter {
    /** Most words a quotation mark may set off inside a clause without opening a quotation. */
    private static final int SCARE_WORDS = 4;
    /** Max words of a scare quote opened right after an article (a quoted noun phrase). */
    private static final int ARTICLE_SCARE_WORDS = 7;

    private ClauseSplitter() {
    }

    /** Clauses of sentence {@code s} as token ranges {@code [from, to)}, in order, covering all tokens. */
    static List<int[]> split(ArticleView v, int s, List<SpeechFinder.Speech> speeches) {
        List<Token> toks = v.tokens(s);
        Abbreviations abbreviations = v.data.abbreviations();
        TreeSet<Integer> cuts = new TreeSet<>();
        int subordinator = subordinatorEnd(v, toks, 0, false);
        if (subordinator > 0) {
            // a sentence opening with a subordinate clause ("After the talks ended, ..."; "Nachdem
            // ..., verurteilte ..."): the clause ends at its comma
            int close = closingComma(v, toks, 0);
            if (close > subordinator) {
                cuts.add(close);
            }
        }
        Set<Integer> scare = scareQuotes(v, toks);
        int asideEnd = -1;
        for (int i = 1; i < toks.size(); i++) {
            String gap = v.text.substring(toks.get(i - 1).end(), toks.get(i).start());
            boolean comma = gap.indexOf(',') >= 0;
            if (i < subordinator) {
                // inside a subordinator phrase ("parce | que", "después de | que"): no cut
                continue;
            }
            // not inside an aside ("Turkey, which since 1974 has ..., accused"): it stays one clause
            int sub = i < asideEnd ? -1 : subordinatorEnd(v, toks, i, comma);
            if (gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || hasQuote(gap) && !scare.contains(i)
                    || sentenceEnd(v, toks.get(i - 1), gap, toks.get(i), abbreviations)) {
                cuts.add(i);
            } else if (sub > i) {
                cuts.add(i);
            } else if ((v.grammar.is(Grammar.Kind.COMP, toks, i) || v.grammar.is(Grammar.Kind.CONTRAST, toks, i))
                    && !v.grammar.endsBefore(Grammar.Kind.COORD, toks, i + 1)) {
                // (not the last word of a coordinator: "ainsi que", "así como")
                cuts.add(i);
            } else if (comma && v.grammar.is(Grammar.Kind.RELATIVE, toks, i)) {
                cuts.add(i);
            }
            subordinator = Math.max(subordinator, sub);
            if (opensAside(v, toks, i)) {
                int close = closingComma(v, toks, i);
                if (close > 0) {
                    cuts.add(i);
                    cuts.add(close);
                    asideEnd = close;
                }
            }
        }
        int sStart = v.sentences.get(s).start();
        int sEnd = v.sentences.get(s).end();
        for (SpeechFinder.Speech sp : speeches) {
            for (int off : new int[] {sp.attrStart(), sp.attrEnd(), sp.start(), sp.end()}) {
                if (off > sStart && off < sEnd) {
                    int i = Tokens.firstAtOrAfter(toks, off);
                    if (i > 0 && i < toks.size()) {
                        cuts.add(i);
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            out.add(new int[] {from, c});
            from = c;
        }
        out.add(new int[] {from, toks.size()});
        return out;
    }

    /**
     * True when {@code clause} (token range of sentence {@code toks}) is an aside: it opens with a
     * relative word or complementizer after a comma that follows an actor mention, and a comma
     * closes it before the sentence goes on ("Die Türkei, die ..., warf Griechenland vor";
     * "Presiden Kenya, yang tiba pada Senin, bertemu ...").
     */
    static boolean aside(ArticleView v, List<Token> toks, int[] clause) {
        return opensAside(v, toks, clause[0]) && closingComma(v, toks, clause[0]) == clause[1];
    }

    private static boolean opensAside(ArticleView v, List<Token> toks, int i) {
        if (i < 1 || i >= toks.size() || !(v.grammar.is(Grammar.Kind.RELATIVE, toks, i)
                || v.grammar.is(Grammar.Kind.COMP, toks, i))) {
            return false;
        }
        Token prev = toks.get(i - 1);
        if (v.text.substring(prev.end(), toks.get(i).start()).strip().equals(",")) {
            for (ActorMention m : v.eventPartiesIn(toks.get(0).start(), prev.end())) {
                if (m.end() == prev.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Token indices whose gap before holds a quotation mark that only sets off a few words inside
     * the clause ("Paris a « condamné fermement » cette annonce", "called the move a "provocation"
     * on Monday"): a mark with only spaces beside it opens at most {@value #SCARE_WORDS} words
     * with no punctuation (right after an article, a quoted noun phrase: at most
     * {@value #ARTICLE_SCARE_WORDS}), closed by a mark with only spaces beside it. They are no
     * clause boundary.
     */
    private static Set<Integer> scareQuotes(ArticleView v, List<Token> toks) {
        Set<Integer> out = new HashSet<>();
        for (int i = 1; i < toks.size(); i++) {
            String open = v.text.substring(toks.get(i - 1).end(), toks.get(i).start());
            if (!hasQuote(open) || !onlyQuotes(open)) {
                continue;
            }
            // a quoted noun phrase right after its article ('hatte den "..." verurteilt') may be longer
            int most = v.grammar.is(Grammar.Kind.DETERMINER, toks, i - 1) ? ARTICLE_SCARE_WORDS : SCARE_WORDS;
            for (int j = i + 1; j < toks.size() && j <= i + most; j++) {
                String gap = v.text.substring(toks.get(j - 1).end(), toks.get(j).start());
                if (hasQuote(gap)) {
                    if (onlyQuotes(gap)) {
                        out.add(i);
                        out.add(j);
                    }
                    break;
                }
                if (!gap.isBlank()) {
                    break;
                }
            }
        }
        return out;
    }

    /** True when {@code gap} holds nothing but quotation marks and spaces. */
    private static boolean onlyQuotes(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isWhitespace(c) && !ArticleView.isQuote(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a subordinator phrase opening a clause at token {@code i} ("after", "parce que",
     * "después de que"; a comma subordinator only when a comma stands before it), or -1.
     */
    static int subordinatorEnd(ArticleView v, List<Token> toks, int i, boolean afterComma) {
        int end = v.grammar.matchAt(Grammar.Kind.SUBORDINATOR, toks, i, toks.size());
        if (afterComma && v.grammar.matchAt(Grammar.Kind.COORD, toks, i, toks.size()) <= i + 1) {
            // (not the first word of a coordinator of several words: ", as well as Y")
            end = Math.max(end, v.grammar.matchAt(Grammar.Kind.COMMA_SUBORDINATOR, toks, i, toks.size()));
        }
        return end;
    }

    /**
     * True when {@code clause} (token range of sentence {@code toks}) opens with a subordinator:
     * an adverbial subordinate clause ("after attacking ...", "weil ...").
     */
    static boolean subordinate(ArticleView v, List<Token> toks, int[] clause) {
        int i = clause[0];
        boolean comma = i > 0
                && v.text.substring(toks.get(i - 1).end(), toks.get(i).start()).indexOf(',') >= 0;
        return subordinatorEnd(v, toks, i, comma) > i;
    }

    /** The token after the first comma past token {@code i}, when words follow it; else -1. */
    private static int closingComma(ArticleView v, List<Token> toks, int i) {
        for (int j = i + 2; j < toks.size(); j++) {
            String gap = v.text.substring(toks.get(j - 1).end(), toks.get(j).start());
            if (gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || hasQuote(gap)) {
                return -1;
            }
            if (gap.indexOf(',') >= 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A sentence end inside what the splitter kept as one sentence (a quotation of several
     * sentences): ". ", "! " or "? " before a capital, not after a title abbreviation ("Dr. Andi").
     */
    private static boolean sentenceEnd(ArticleView v, Token prev, String gap, Token next,
            Abbreviations abbreviations) {
        int p = gap.indexOf('.');
        if (p < 0) {
            p = Math.max(gap.indexOf('!'), gap.indexOf('?'));
        }
        if (p < 0 || p == gap.length() - 1 || !Character.isWhitespace(gap.charAt(gap.length() - 1))
                || !Character.isUpperCase(v.text.charAt(next.start()))) {
            return false;
        }
        String word = v.text.substring(prev.start(), prev.end());
        return gap.charAt(p) != '.' || !(abbreviations.isPrefix(word + ".") || word.length() == 1);
    }

    private static boolean hasQuote(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (ArticleView.isQuote(gap.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
