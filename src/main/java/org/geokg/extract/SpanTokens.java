package org.geokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one body span and, per token, the mention that covers it (or null). The
 * pattern stages read and fill this table in turn. One per body span and call; not thread-safe.
 */
final class SpanTokens {
    final String text;
    final List<WordTokens.Tok> toks;
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
        this.toks = split(text, WordTokens.of(text, from, to), cuts);
        this.occ = new ActorMention[toks.size()];
    }

    private static List<WordTokens.Tok> split(String text, List<WordTokens.Tok> in, List<Integer> cuts) {
        if (cuts.isEmpty()) {
            return in;
        }
        List<WordTokens.Tok> out = new ArrayList<>(in.size());
        for (WordTokens.Tok t : in) {
            boolean cut = false;
            for (int c : cuts) {
                cut |= c > t.start() && c < t.end() && (text.charAt(c) == '-' || text.charAt(c - 1) == '-');
            }
            if (!cut) {
                out.add(t);
                continue;
            }
            int a = t.start();
            for (int k = t.start(); k < t.end(); k++) {
                if (text.charAt(k) == '-') {
                    if (k > a) {
                        out.add(new WordTokens.Tok(a, k, text.substring(a, k)));
                    }
                    out.add(new WordTokens.Tok(k, k + 1, "-"));
                    a = k + 1;
                }
            }
            if (t.end() > a) {
                out.add(new WordTokens.Tok(a, t.end(), text.substring(a, t.end())));
            }
        }
        return out;
    }

    int size() {
        return toks.size();
    }

    WordTokens.Tok tok(int i) {
        return toks.get(i);
    }

    String word(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).text() : "";
    }

    /** Index of the token starting at this offset, or -1. */
    int tokenStartingAt(int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == offset) {
                return i;
            }
            if (toks.get(i).start() > offset) {
                break;
            }
        }
        return -1;
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
        for (int i = 0; i < toks.size(); i++) {
            WordTokens.Tok t = toks.get(i);
            if (t.start() >= m.start() && t.end() <= m.end()) {
                occ[i] = m;
            }
        }
    }

    void remove(ActorMention m) {
        for (int i = 0; i < occ.length; i++) {
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
