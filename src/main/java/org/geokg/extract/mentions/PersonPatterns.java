package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.lexicon.ActorLexicon;
import org.geokg.extract.lexicon.NameNormalizer;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.kg.model.EntityType;

/**
 * Finds persons from the words around their names: a title chain ("Dubes Korut di Rusia, Sin
 * Hong-chol", "China's Vice Foreign Minister Sun Weidong", "Panglima TNI Jenderal Andika
 * Perkasa", "Datuk Seri Saifuddin Abdullah") or a speech verb next to a two- or three-word
 * capitalized name ("kata Park Sun-won", "Sun Weidong said"). The person's country comes from
 * the country or body in the chain (or the title, or the language's home state for government
 * titles); the role from the title. Persons the gazetteer knows keep their gazetteer identity.
 * Stateless apart from its lexicon; thread-safe.
 */
final class PersonPatterns {
    static final int MAX_NAME = 6;

    private final Gazetteer gazetteer;
    private final ActorLexicon lex;

    /** The article's home state: unqualified offices and home bodies are its own. */
    private final String home;

    PersonPatterns(Gazetteer gazetteer, ActorLexicon lex, String home) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.home = home;
    }

    /** Title chains. */
    void titles(SpanTokens st) {
        for (int i = 0; i < st.size(); i++) {
            if (st.occ[i] != null) {
                titleReadAsBody(st, i);
                continue;
            }
            ActorLexicon.Title first = lex.titleAt(st.toks, i);
            if (first == null || i > 0 && lex.is("plural", st.word(i - 1).toLowerCase(Locale.ROOT))) {
                continue; // "para pemimpin Barat": a plural office names no one
            }
            int next = chain(st, i, first);
            if (next > i) {
                i = next - 1;
            }
        }
    }

    /**
     * A word both a title and a body ("su homóloga irlandesa, X", "seine irische Amtskollegin X":
     * the counterpart, read as the Irish government): with a name after it, it is that person's
     * title and the state inside the body their country; without one, the body stays.
     */
    private void titleReadAsBody(SpanTokens st, int i) {
        ActorMention body = st.occ[i];
        if (!body.how().startsWith("pattern")) {
            return;
        }
        ActorLexicon.Title first = lex.titleAt(st.toks, i);
        // the title opens the body or ends it ("seine irische Amtskollegin X")
        if (first == null || first.honorific() || st.startsAt(i) != body
                && st.endsAt(i + first.words().size() - 1) != body) {
            return;
        }
        ActorMention country = st.inner.get(body);
        st.remove(body);
        if (country != null) {
            st.put(country);
        }
        if (chain(st, i, first) == i) {
            if (country != null) {
                st.remove(country);
            }
            st.put(body);
        }
    }

    /** True when token k is a hyphen written without blanks between two words. */
    static boolean hyphenJoined(SpanTokens st, int k) {
        return k > 0 && k + 1 < st.size() && st.word(k).equals("-") && st.tok(k - 1).end() == st.tok(k).start()
                && st.tok(k).end() == st.tok(k + 1).start();
    }

    /** Parses a chain from the title at token i; returns the token after it (or i when nothing). */
    private int chain(SpanTokens st, int i, ActorLexicon.Title first) {
        Actor affiliation = null;
        // "China's Vice Foreign Minister", "Russian President"
        int k = i - 1;
        if (lex.is("possessive", st.word(k))) {
            k--;
        } else if (hyphenJoined(st, k)) {
            k--; // a compound: "US-Präsident", "EU-Kommissar"
        }
        ActorMention pre = st.endsAt(k);
        if (pre != null && st.adjacent(k) && (k == i - 1 || st.adjacent(k + 1))
                && (pre.actor().type() == EntityType.Country || pre.actor().type() == EntityType.Organization)) {
            affiliation = pre.actor();
        }
        ActorLexicon.Title role = first.honorific() ? null : first;
        String destination = null;
        ActorMention affiliationMention = null;
        // bodies passed over inside a rank ("Laksamana TNI" after "Atase Pertahanan RI"): no actors
        List<ActorMention> rankParts = new ArrayList<>();
        int j = i;
        ActorLexicon.Title t = first;
        boolean comma = false;
        int guard = 0;
        while (t != null && guard++ < 6) {
            for (int x = j; x < j + t.words().size(); x++) {
                if (st.occ[x] != null) {
                    // a body named inside the title ("jefe del [Estado Mayor de Rusia]"): the shorter
                    // title before it, the body its affiliation
                    t = x > j && st.first(x) == x ? lex.titleAt(st.toks, j, x - j) : null;
                    break;
                }
            }
            if (t == null) {
                return i;
            }
            if (j == i) {
                role = t.honorific() ? null : t;
            }
            int start = j;
            j += t.words().size();
            // a nationality adjective inside the office ("ministre ghanéen des Affaires étrangères",
            // "ministro ruso de Defensa"): the adjective is the affiliation, the office goes on after it
            ActorMention adj = affiliation == null && j < st.size() ? st.startsAt(j) : null;
            if (adj != null && "demonym".equals(adj.how()) && adj.actor().type() == EntityType.Country
                    && st.adjacent(j - 1)) {
                int after = st.after(j);
                List<Token> joined = new ArrayList<>(st.toks.subList(start, j));
                joined.addAll(st.toks.subList(after, st.size()));
                ActorLexicon.Title longer = lex.titleAt(joined, 0);
                if (longer != null && longer.words().size() > t.words().size()
                        && st.adjacent(after - 1) && st.occ[after] == null) {
                    affiliation = adj.actor();
                    affiliationMention = adj;
                    if (j - t.words().size() == i) {
                        role = longer.honorific() ? null : longer;
                    }
                    j = after + longer.words().size() - t.words().size();
                    t = longer;
                }
            }
            if (t.portfolio()) {
                j = skipPortfolio(st, j);
            }
            if (role == null && !t.honorific()) {
                role = t;
            }
            j = skipOrdinal(st, j);
            if (t.affiliation()) {
                int c = affiliationAt(st, j);
                ActorMention m = st.startsAt(c);
                if (m != null && isAffiliation(m)) {
                    // the first affiliation gives the country; a later one belongs to a rank in the
                    // chain ("Atase Pertahanan RI Laksamana TNI X") and is passed over
                    if (affiliation == null) {
                        affiliation = m.actor();
                        affiliationMention = m;
                    } else if (m.actor().type() == EntityType.Organization) {
                        rankParts.add(m);
                    }
                    j = skipParenthesis(st, st.after(c));
                }
            }
            j = skipOrdinal(st, j);
            if (lex.is("destination", st.word(j))) {
                // "to the United Nations": a determiner may stand before an international body
                int d = j + 1 < st.size() && st.occ[j + 1] == null
                        && lex.is("determiner", st.word(j + 1).toLowerCase(Locale.ROOT)) ? j + 2 : j + 1;
                ActorMention m = st.startsAt(d);
                if (m != null && (m.actor().type() == EntityType.Country || "IGO".equals(m.actor().sector()))) {
                    destination = m.actor().label();
                    j = st.after(d);
                }
            }
            int gapped = 0;
            for (int g = 0; g < t.gap() && j < st.size(); g++) {
                String w = st.word(j);
                if (st.occ[j] != null || !st.tok(j).isWord() || Character.isUpperCase(w.charAt(0))) {
                    break;
                }
                j++;
                gapped++;
            }
            // the affiliation after an adjective: "portavoz presidencial de Ucrania, X"
            if (gapped > 0 && affiliation == null && t.affiliation()) {
                int c = affiliationAt(st, j);
                ActorMention m = c > j ? st.startsAt(c) : null;
                if (m != null && isAffiliation(m)) {
                    affiliation = m.actor();
                    affiliationMention = m;
                    j = skipParenthesis(st, st.after(c));
                }
            }
            // the rest of an office name is not a name: "viceministro ruso de Relaciones Exteriores, X"
            while (gapped > 0 && j < st.size() && st.occ[j] == null && st.tok(j).isWord()
                    && st.tok(j).capitalized() && lex.is("stop", st.word(j))) {
                j++;
            }
            if (st.word(j).equals(",") && !comma) {
                comma = true;
                j++;
            }
            t = j < st.size() && st.occ[j] == null ? lex.titleAt(st.toks, j) : null;
            if (t == null) {
                int q = qualifierEnd(st, j);
                if (q > j) {
                    j = q;
                    t = lex.titleAt(st.toks, j);
                }
            }
        }
        if (j >= st.size()) {
            return i;
        }
        ActorMention known = st.startsAt(j);
        if (known != null) {
            if (known.actor().type() == EntityType.Person && role != null) {
                ActorMention m = new ActorMention(withRole(known.actor(), role, affiliation, destination),
                        known.start(), known.end(), known.text(), known.how());
                st.remove(known);
                st.put(m);
                rankParts.forEach(st::remove);
                return st.after(j);
            }
            return i;
        }
        int end = nameEnd(st, j);
        if (end <= j || titleCaseLine(st, j)) {
            return i;
        }
        // a given name before a surname the gazetteer already found: "Serguéi Lavrov"
        ActorMention surname = end < st.size() && st.adjacent(end - 1) ? st.startsAt(end) : null;
        if (surname != null && surname.actor().type() == EntityType.Person && end - j <= 2) {
            int to = st.after(end);
            st.remove(surname);
            ActorMention m = st.mention(withRole(surname.actor(), role, affiliation, destination), j, to, "title");
            st.put(m);
            rankParts.forEach(st::remove);
            return to;
        }
        String name = st.text.substring(st.tok(j).start(), st.tok(end - 1).end());
        Actor person = gazetteer.person(name);
        if (person != null) {
            person = withRole(person, role, affiliation, destination);
        } else {
            person = newPerson(name, role, affiliation, destination, first);
        }
        st.put(st.mention(person, j, end, "title"));
        rankParts.forEach(st::remove);
        // a generic body in a title is part of the title: keep only its country
        ActorMention country = affiliationMention == null ? null : st.inner.get(affiliationMention);
        if (country != null) {
            st.remove(affiliationMention);
            st.put(country);
        }
        return end;
    }

    /**
     * Where the affiliation after an office may start: at j, or after a connector and maybe a
     * determiner ("of the Russian Armed Forces", "de Ucrania"); j itself when none follows.
     */
    private int affiliationAt(SpanTokens st, int j) {
        if (lex.is("connector", st.word(j)) && st.startsAt(j + 1) != null) {
            return j + 1;
        }
        if (lex.is("connector", st.word(j)) && j + 2 < st.size()
                && lex.is("determiner", st.word(j + 1).toLowerCase(Locale.ROOT))
                && st.startsAt(j + 2) != null) {
            return j + 2;
        }
        return j;
    }

    /**
     * After a generic office ("Menteri", "Dirjen", "Minister"), the capitalized name of its
     * portfolio up to the next title, country or body, or comma ("Menteri Pembangunan Luar Bandar
     * Datuk Seri X", "Dirjen Asia Pasifik dan Afrika, X", "Menteri Koordinator Bidang Kemaritiman
     * dan Investasi RI X"); returns j unchanged when the capitalized words are the name itself.
     */
    private int skipPortfolio(SpanTokens st, int j) {
        int k = j;
        int capitals = 0;
        while (k < st.size() && k < j + 8) {
            if (st.occ[k] != null) {
                ActorMention m = st.startsAt(k);
                return capitals > 0 && m != null && isAffiliation(m) ? k : j;
            }
            String w = st.word(k);
            if (w.equals(",")) {
                boolean name = k + 2 < st.size() && st.occ[k + 1] == null && st.tok(k + 1).capitalized()
                        && !lex.is("stop", st.word(k + 1)) && nameEnd(st, k + 1) >= k + 3;
                // "portavoz del Ejército, coronel X": a title after the comma goes on with the chain
                boolean title = k + 1 < st.size() && st.occ[k + 1] == null && lex.titleAt(st.toks, k + 1) != null;
                return capitals > 0 && (name || title) && k - j > 1 ? k : j;
            }
            if (k > j && capitals > 0 && lex.titleAt(st.toks, k) != null) {
                // "Minister Cho and Minister X": a second title after "and" ends a name, not a portfolio
                return lex.is("coordinator", st.word(k - 1)) ? j : k;
            }
            if (w.equals("(") && capitals > 0) {
                // "Kepala Badan Nasional Penanggulangan Bencana (BNPB) X": the short form closes the portfolio
                int after = skipParenthesis(st, k);
                boolean named = after > k && after < st.size() && st.occ[after] == null && nameEnd(st, after) > after;
                return named ? after : j;
            }
            if (!st.tok(k).isWord()) {
                return j;
            }
            if (st.tok(k).capitalized()) {
                capitals++;
            } else if (!lex.is("connector", w) && !lex.is("coordinator", w)) {
                return j;
            }
            k++;
        }
        return j;
    }

    /**
     * One or two capitalized words that qualify an office and stand before an honorific or a
     * military rank ("Laksamana Maritim Datuk X", "Panglima Tentera Darat Jeneral X"): the
     * honorific or rank shows that the words are part of the office, not the name. Returns the
     * token of the honorific or rank, or j when there is none.
     */
    private int qualifierEnd(SpanTokens st, int j) {
        for (int d = 1; d <= 2 && j + d < st.size(); d++) {
            int k = j + d - 1;
            if (st.occ[k] != null || !st.tok(k).isWord() || !st.tok(k).capitalized() || !st.adjacent(k)) {
                return j;
            }
            ActorLexicon.Title h = st.occ[k + 1] == null ? lex.titleAt(st.toks, k + 1) : null;
            if (h != null && (h.honorific() || "MIL".equals(h.sector()))) {
                return k + 1;
            }
        }
        return j;
    }

    /**
     * After a title, an ordinal ("Perdana Menteri Malaysia ke-8", "ke- 6") or a roman numeral
     * ("Menteri Luar Negeri II") is part of the office, not of the name.
     */
    private int skipOrdinal(SpanTokens st, int j) {
        if (j >= st.size() || st.occ[j] != null) {
            return j;
        }
        String w = st.word(j);
        int dash = w.indexOf('-');
        if (dash > 0 && lex.is("ordinal", w.substring(0, dash)) && isNumber(w.substring(dash + 1))) {
            return j + 1;
        }
        if (lex.is("ordinal", w) && j + 2 < st.size() && st.word(j + 1).equals("-") && isNumber(st.word(j + 2))) {
            return j + 3;
        }
        if (ROMAN.matcher(w).matches()) {
            return j + 1;
        }
        return j;
    }

    private static final Pattern ROMAN = Pattern.compile("I{1,3}|IV|VI{0,3}");
    /** Most words of an aside between a sentence-opening name and its speech verb. */
    private static final int ASIDE_WORDS = 10;
    /** Tokens that end the sentence before a name opening the next one. */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");

    private static boolean isNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /** After a body, a short parenthesis ("Kementerian Luar Negeri China (MFA) Zhao Lijian") is skipped. */
    private static int skipParenthesis(SpanTokens st, int j) {
        if (j >= st.size() || !st.word(j).equals("(")) {
            return j;
        }
        for (int k = j + 1; k < Math.min(st.size(), j + 5); k++) {
            if (st.word(k).equals(")")) {
                return k + 1;
            }
        }
        return j;
    }

    private static boolean isAffiliation(ActorMention m) {
        EntityType type = m.actor().type();
        return type == EntityType.Country || type == EntityType.Organization;
    }

    /** End (exclusive) of a capitalized name starting at token j, or j when there is none. */
    int nameEnd(SpanTokens st, int j) {
        int end = j;
        int words = 0;
        int k = j;
        while (k < st.size() && words < MAX_NAME) {
            if (k > j && !st.adjacent(k - 1)) {
                break;
            }
            if (st.occ[k] != null) {
                break;
            }
            Token t = st.tok(k);
            String w = t.text();
            if (t.isWord() && (t.capitalized() || k > j && prefixed(w)) && !lex.is("stop", w)) {
                words++;
                k++;
                // an initial "A." keeps its dot
                if (w.length() == 1 && st.word(k).equals(".") && k + 1 < st.size()
                        && st.tok(k + 1).capitalized()) {
                    k++;
                }
                end = k;
            } else if (k > j && t.isWord() && lex.is("particle", w) && particlesThenName(st, k)) {
                k++;
            } else {
                break;
            }
        }
        // a name does not end on a single letter
        if (end > j && st.word(end - 1).length() == 1 && end - 1 > j) {
            end--;
        }
        return st.word(j).length() == 1 ? j : end;
    }

    /** True when the particles from token {@code k} on ("von der") are followed by a capitalized word. */
    private boolean particlesThenName(SpanTokens st, int k) {
        int p = k;
        while (p < st.size() && st.tok(p).isWord() && lex.is("particle", st.word(p)) && st.adjacent(p)) {
            p++;
        }
        return p > k && p < st.size() && st.tok(p).capitalized() && st.occ[p] == null;
    }

    /**
     * True when the word is a lowercase name prefix joined by a hyphen to a capitalized name
     * ("al-Sudani", "el-Sisi"): {@code prefix} rows of names.tsv.
     */
    boolean prefixed(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && lex.is("prefix", w.substring(0, dash));
    }

    /** True when token k can stand inside a person's name: a capitalized word or a prefixed surname. */
    private boolean nameWord(SpanTokens st, int k) {
        Token t = st.tok(k);
        return t.isWord() && (t.capitalized() || prefixed(t.text())) && !lex.is("stop", t.text());
    }

    /**
     * True when the token stands in a headline-style line where nearly every word is capitalized
     * ("China Summons Japanese Ambassador Over Statements"): capitals there do not mark names.
     */
    static boolean titleCaseLine(SpanTokens st, int j) {
        int pos = st.tok(j).start();
        // a headline is at most 160 characters: look no further for the line's ends (a search
        // through an endless line at every title would be quadratic)
        int from = pos;
        while (from > 0 && st.text.charAt(from - 1) != '\n' && pos - from <= 160) {
            from--;
        }
        int to = pos;
        while (to < st.text.length() && st.text.charAt(to) != '\n' && to - from <= 160) {
            to++;
        }
        if (to - from > 160) {
            return false;
        }
        String line = st.text.substring(from, to).strip();
        if (line.isEmpty() || ".!?\"\u201d:;".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token t : Tokens.joined(st.text, from, to)) {
            if (t.isWord() && t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.capitalized()) {
                    caps++;
                }
            }
        }
        return to - from <= 160 && words >= 4 && words - caps <= 1;
    }

    /** Persons next to a speech verb: "kata Park Sun-won", "Sun Weidong said". */
    /**
     * A name followed by its office in apposition: "Ahmad Faisal, the foreign minister of
     * Malaysia,", "Budi Santoso, juru bicara Kementerian Luar Negeri,". The name (two to four
     * capitalized words right before the comma) becomes a person with the office's role; a person
     * already found there takes the role.
     */
    void appositions(SpanTokens st) {
        for (int i = 2; i < st.size(); i++) {
            if (st.occ[i] != null) {
                continue;
            }
            ActorLexicon.Title t = lex.titleAt(st.toks, i);
            if (t == null || t.honorific()) {
                continue;
            }
            int c = i - 1;
            Actor before = null;
            if (c > 0 && lex.is("possessive", st.word(c))) {
                c--; // "X, Iraq's prime minister"
            }
            ActorMention pre = st.endsAt(c);
            if (pre != null && isAffiliation(pre)) {
                before = pre.actor(); // "X, the Indonesian trade minister"
                c = st.tokenStartingAt(pre.start()) - 1;
            }
            if (c >= 0 && lex.is("determiner", st.word(c))) {
                c--;
            }
            if (c < 2 || !st.word(c).equals(",")) {
                continue;
            }
            int j = i + t.words().size();
            if (j < st.size() && st.occ[j] == null && st.tok(j).isWord() && st.tok(j).capitalized()
                    && !lex.is("stop", st.word(j)) && lex.titleAt(st.toks, j) == null) {
                continue; // "X, Menteri Luar Negeri Y": the title introduces the next name
            }
            Actor affiliation = before;
            int a = lex.is("connector", st.word(j)) ? j + 1 : j;
            if (a < st.size() && lex.is("determiner", st.word(a).toLowerCase(Locale.ROOT)) && st.startsAt(a) == null) {
                a++; // "X, a spokeswoman for the Russian foreign ministry"
            }
            ActorMention m = st.startsAt(a);
            if (m != null && isAffiliation(m) && affiliation == null) {
                affiliation = m.actor();
            }
            ActorMention known = st.endsAt(c - 1);
            if (known != null) {
                if (known.actor().type() == EntityType.Person && known.actor().role() == null) {
                    Actor p = known.actor();
                    if (p.country() == null && affiliation != null && affiliation.country() != null) {
                        // "..., said X, Jordan's foreign minister": the office gives the country
                        p = new Actor(Gazetteer.personKey(p.label(), affiliation.country()), p.type(), p.label(),
                                p.wikidata(), affiliation.country(), p.sector(), p.role());
                    }
                    ActorMention upgraded = new ActorMention(withRole(p, t, affiliation, null),
                            known.start(), known.end(), known.text(), known.how());
                    st.remove(known);
                    st.put(upgraded);
                }
                continue;
            }
            int from = c;
            while (from - 1 >= 0 && c - from < 4 && st.occ[from - 1] == null && nameWord(st, from - 1)
                    && (from == c || st.adjacent(from - 1))) {
                from--;
            }
            while (from < c && !st.tok(from).capitalized()) {
                from++; // a name starts with a capital: "al-Sudani" alone is no name here
            }
            boolean whole = from == 0 || !st.tok(from - 1).isWord() || !st.tok(from - 1).capitalized();
            if (c - from < 2 || !whole || lex.titleAt(st.toks, from) != null || titleCaseLine(st, from)) {
                continue;
            }
            String name = st.text.substring(st.tok(from).start(), st.tok(c - 1).end());
            Actor person = gazetteer.person(name);
            person = person != null ? withRole(person, t, affiliation, null) : newPerson(name, t, affiliation, null, t);
            st.put(st.mention(person, from, c, "apposition"));
        }
    }

    void speech(SpanTokens st) {
        for (int i = 0; i < st.size(); i++) {
            int len = st.occ[i] == null ? lex.lengthAt("speech", st.toks, i) : 0;
            if (len == 0) {
                continue;
            }
            int j = i + len;
            if (j < st.size() && st.occ[j] == null && st.adjacent(j - 1) && lex.titleAt(st.toks, j) == null) {
                int end = nameEnd(st, j);
                if (end - j >= 2 && end - j <= 3 && !titleCaseLine(st, j)) {
                    add(st, j, end);
                    continue;
                }
                if (end - j == 1 && loneName(st, j, false)) {
                    continue;
                }
            }
            if (len > 1 && lex.lengthAt("closing", st.toks, i) != len) {
                continue; // "according to" introduces a name, never closes one; "a déclaré" does both
            }
            int opener = asideSubject(st, i);
            if (opener >= 0) {
                // a name opening its sentence, then an aside closed by a comma before the speech
                // verb ("Ivan Petrov, speaking in Riga, said", "Ivan Petrov, who chairs it, said")
                add(st, opener, nameEnd(st, opener));
                continue;
            }
            int e = i - 1;
            if (e >= 0 && st.occ[e] == null && st.adjacent(e)) {
                int s = e;
                // an organization's name ends on its head noun and may be longer ("The Defense
                // Security Cooperation Agency said")
                int longest = orgHead(st.word(e)) ? MAX_NAME - 1 : 3;
                int words = 1;
                while (s - 1 >= 0 && st.occ[s - 1] == null && st.adjacent(s - 1) && words < longest) {
                    if (nameWord(st, s - 1) && !lex.is("determiner", st.word(s - 1).toLowerCase(Locale.ROOT))) {
                        s--;
                        words++;
                        continue;
                    }
                    // particles inside the name ("Anna von der Berg", "Jan van den Broek")
                    int p = s - 1;
                    while (p > 0 && st.occ[p] == null && st.adjacent(p - 1) && st.tok(p).isWord()
                            && lex.is("particle", st.word(p))) {
                        p--;
                    }
                    if (p < s - 1 && st.occ[p] == null && nameWord(st, p) && st.adjacent(p)
                            && !lex.is("particle", st.word(p))) {
                        s = p;
                        words++;
                        continue;
                    }
                    break;
                }
                if (longest > 3 && words >= 2 && nameEnd(st, s) == e + 1 && !titleCaseLine(st, s)) {
                    add(st, s, e + 1);
                    continue;
                }
                if (nameEnd(st, s) == e + 1 && words >= 2 && words <= 3 && !titleCaseLine(st, s)
                        && !startsWithTitle(st, s, e + 1)) {
                    add(st, s, e + 1);
                } else if (s == e && (e == 0 || !st.adjacent(e - 1) || !nameWord(st, e - 1))) {
                    loneName(st, e, true);
                }
            }
        }
    }

    /**
     * A lone name next to a speech verb ("kata Charles.", "ujar Marcos,", "Marcos mengatakan"):
     * a person when the gazetteer lists exactly one person with that name part (who gives the
     * state) or, after the verb only, when a written name ends the attribution (the word starts
     * with a capital followed by small letters and a comma or full stop follows). A word opening
     * a sentence before the verb is too often a common noun ("Pemerintah mengatakan") to be taken
     * without the gazetteer. Returns true when it added the person.
     */
    private boolean loneName(SpanTokens st, int j, boolean beforeVerb) {
        Token t = st.tok(j);
        String w = t.text();
        if (!t.isWord() || w.length() < 3 || !t.capitalized() || !Character.isLowerCase(w.charAt(w.length() - 1))
                || lex.is("stop", w) || lex.titleAt(st.toks, j) != null || orgHead(w) || titleCaseLine(st, j)) {
            return false;
        }
        Actor known = gazetteer.personByNamePart(w);
        if (known == null) {
            boolean closes = j + 1 >= st.size() || st.word(j + 1).equals(",") || st.word(j + 1).equals(".");
            if (beforeVerb || !closes) {
                return false;
            }
        }
        String country = known == null ? null : known.country();
        Actor person = new Actor(Gazetteer.personKey(w, country), EntityType.Person, w, null, country,
                known == null ? null : known.sector(), null);
        st.put(st.mention(person, j, j + 1, "speech"));
        return true;
    }

    /**
     * The first token of an unknown name of two or three words that opens its sentence and is
     * followed by an aside between commas ending right before the speech verb at {@code verb}
     * (the aside opens with a lowercase word, at most {@link #ASIDE_WORDS} words), or -1.
     */
    private int asideSubject(SpanTokens st, int verb) {
        if (verb < 4 || !",".equals(st.word(verb - 1))) {
            return -1;
        }
        int c = -1;
        for (int k = verb - 2; k >= Math.max(1, verb - 2 - ASIDE_WORDS); k--) {
            String w = st.word(k);
            if (",".equals(w)) {
                c = k;
                break;
            }
            if (!st.tok(k).isWord() && !"-".equals(w) && !"'".equals(w)) {
                return -1;
            }
        }
        if (c < 2 || c + 1 >= verb - 1 || !st.tok(c + 1).isWord() || st.tok(c + 1).capitalized()) {
            return -1;
        }
        int s = c - 1;
        while (s - 1 >= 0 && c - s < 3 && st.occ[s - 1] == null && st.adjacent(s - 1) && nameWord(st, s - 1)) {
            s--;
        }
        if (c - s < 2 || st.occ[s] != null || !nameWord(st, s) || nameEnd(st, s) != c || titleCaseLine(st, s)
                || startsWithTitle(st, s, c)) {
            return -1;
        }
        boolean opens = s == 0 || !st.adjacent(s - 1) || SENTENCE_ENDS.contains(st.word(s - 1));
        return opens ? s : -1;
    }

    /** True when a title ("Menteri Luar Negeri", "Foreign Minister") starts within tokens [from, to). */
    private boolean startsWithTitle(SpanTokens st, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.titleAt(st.toks, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when the word is a head noun of organization names in names.tsv ({@code orghead}). */
    private boolean orgHead(String word) {
        return lex.is("orghead", word.toLowerCase(Locale.ROOT));
    }

    private void add(SpanTokens st, int from, int to) {
        String name = st.text.substring(st.tok(from).start(), st.tok(to - 1).end());
        for (int k = from; k < to; k++) {
            if (orgHead(st.word(k))) {
                // "kata Komando Teater Timur", "the Security Cooperation Agency said": a body, not a person
                Actor org = new Actor("org:name:" + NameNormalizer.key(name), EntityType.Organization, name, null, null,
                        null, null);
                st.put(st.mention(org, from, to, "speech"));
                return;
            }
        }
        Actor person = gazetteer.person(name);
        if (person == null) {
            person = new Actor(Gazetteer.personKey(name, null), EntityType.Person, name, null, null, null, null);
        }
        st.put(st.mention(person, from, to, "speech"));
    }

    private Actor newPerson(String name, ActorLexicon.Title role, Actor affiliation, String destination,
            ActorLexicon.Title first) {
        String country = affiliation != null ? affiliation.country() : null;
        if (country == null && role != null) {
            country = role.country();
        }
        if (country == null && first.country() != null) {
            country = first.country();
        }
        if (country == null && affiliation == null && name.indexOf(' ') < 0) {
            // "Presiden Marcos": a lone name that is part of one listed person's name is of that
            // person's state (the article's full name, if any, joins it later in Coreference)
            Actor known = gazetteer.personByNamePart(name);
            if (known != null && (role == null || role.sector() == null || role.sector().equals(known.sector()))) {
                country = known.country();
            }
        }
        // only an office the home state has: "Menlu X" alone is Indonesia's, "PM X" is not
        if (country == null && affiliation == null && role != null && "GOV".equals(role.sector()) && !role.abroad()
                && !first.abroad()) {
            country = home;
        }
        Actor base = new Actor(Gazetteer.personKey(name, country), EntityType.Person, name, null, country,
                sector(role, affiliation), null);
        return withRole(base, role, affiliation, destination);
    }

    private static String sector(ActorLexicon.Title role, Actor affiliation) {
        String s = role == null ? null : role.sector();
        if (affiliation != null && affiliation.type() == EntityType.Organization && affiliation.sector() != null
                && (s == null || s.equals("GOV"))) {
            s = affiliation.sector();
        }
        return s;
    }

    private static Actor withRole(Actor p, ActorLexicon.Title role, Actor affiliation, String destination) {
        if (role == null) {
            return p;
        }
        String r = role.role();
        if (destination != null) {
            r = r + " to " + destination;
        } else if (affiliation != null && affiliation.type() == EntityType.Organization) {
            r = r + " of " + affiliation.label();
        }
        String sector = p.sector() != null ? p.sector() : sector(role, affiliation);
        return new Actor(p.key(), p.type(), p.label(), p.wikidata(), p.country(), sector, r);
    }
}
