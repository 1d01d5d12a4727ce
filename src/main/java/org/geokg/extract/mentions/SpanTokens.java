package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;

/**
 * The tokens of one body span and, per token, the mention that covers it (or null). The
 * pattern stages read and fill this table in turn. One per body span and call; not thread-safe.
 */
final class SpanTokens {
    final String text;
    final List<Token> toks;
    final ActorMention[] occ;
    /** Body mentions built around a country mention ("Tentara Korut" around "Korut"). */
    final Map<ActorMention, ActorMention> inner = new HashMap<>();

    SpanTokens(String text, int from, int to) {
        this(text, from, to, List.of());
    }

    /**
     * Tokens of {@code text[from, to)}; a hyphenated word with one of the {@code cuts} offsets
     * inside is split at its hyphens ("EU-Außenminister" -> "EU", "-", "Außenminister") so that a
     * name inside a compound can take tokens of its own.
     */
    SpanTokens(String text, int from, int to, List<Integer> cuts) {
        this.text = text;
        this.toks = split(text, Tokens.joined(text, from, to), cuts);
        this.occ = new ActorMention[toks.size()];
    }

    private static List<Token> split(String text, List<Token> in, List<Integer> cuts) {
        if (cuts.isEmpty()) {
            return in;
        }
        // only cuts at a hyphen can split a token: sort those once, then look each token up
        // (tokens x cuts was quadratic on a long unpunctuated span with many gazetteer matches)
        int[] hy = cuts.stream().mapToInt(Integer::intValue)
                .filter(c -> c > 0 && c < text.length() && (text.charAt(c) == '-' || text.charAt(c - 1) == '-'))
                .sorted().distinct().toArray();
        if (hy.length == 0) {
            return in;
        }
        List<Token> out = new ArrayList<>(in.size());
        for (Token t : in) {
            int k0 = Arrays.binarySearch(hy, t.start() + 1);
            int at = k0 >= 0 ? k0 : -k0 - 1;
            boolean cut = at < hy.length && hy[at] < t.end();
            if (!cut) {
                out.add(t);
                continue;
            }
            int a = t.start();
            for (int k = t.start(); k < t.end(); k++) {
                if (text.charAt(k) == '-') {
                    if (k > a) {
                        out.add(new Token(a, k, text.substring(a, k)));
                    }
                    out.add(new Token(k, k + 1, "-"));
                    a = k + 1;
                }
            }
            if (t.end() > a) {
                out.add(new Token(a, t.end(), text.substring(a, t.end())));
            }
        }
        return out;
    }

    int size() {
        return toks.size();
    }

    Token tok(int i) {
        return toks.get(i);
    }

    String word(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).text() : "";
    }

    /** Index of the token starting at this offset, or -1. */
    int tokenStartingAt(int offset) {
        int i = firstStartingAtOrAfter(offset);
        return i < toks.size() && toks.get(i).start() == offset ? i : -1;
    }

    /** Index of the first token starting at or after this offset (size() when none); tokens are sorted. */
    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The mention starting exactly at token i, or null. */
    ActorMention startsAt(int i) {
        if (i < 0 || i >= occ.length || occ[i] == null) {
            return null;
        }
        return occ[i].start() == toks.get(i).start() ? occ[i] : null;
    }

    /** The mention ending exactly at token i, or null. */
    ActorMention endsAt(int i) {
        if (i < 0 || i >= occ.length || occ[i] == null) {
            return null;
        }
        return occ[i].end() == toks.get(i).end() ? occ[i] : null;
    }

    /** First token index after the mention that covers token i. */
    int after(int i) {
        ActorMention m = occ[i];
        int j = i;
        while (j < occ.length && occ[j] == m) {
            j++;
        }
        return j;
    }

    /** Index of the first token of the mention covering token i. */
    int first(int i) {
        ActorMention m = occ[i];
        int j = i;
        while (j > 0 && occ[j - 1] == m) {
            j--;
        }
        return j;
    }

    void put(ActorMention m) {
        // tokens are sorted and disjoint: those inside m are one run from the first starting in it
        for (int i = firstStartingAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) {
            if (toks.get(i).end() <= m.end()) {
                occ[i] = m;
            }
        }
    }

    void remove(ActorMention m) {
        // put() only ever places m on the tokens inside its own range
        for (int i = firstStartingAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) {
            if (occ[i] == m) {
                occ[i] = null;
            }
        }
    }

    /** True when tokens i and i+1 are separated by plain spaces only (same line). */
    boolean adjacent(int i) {
        if (i < 0 || i + 1 >= toks.size()) {
            return false;
        }
        for (int k = toks.get(i).end(); k < toks.get(i + 1).start(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    ActorMention mention(Actor a, int fromTok, int toTokExclusive, String how) {
        int s = toks.get(fromTok).start();
        int e = toks.get(toTokExclusive - 1).end();
        return new ActorMention(a, s, e, text.substring(s, e), how);
    }
}
