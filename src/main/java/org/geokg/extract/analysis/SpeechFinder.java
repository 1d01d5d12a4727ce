package org.geokg.extract.analysis;

import static org.geokg.extract.lexicon.SpeechFlag.ACT;
import static org.geokg.extract.lexicon.SpeechFlag.BACK;
import static org.geokg.extract.lexicon.SpeechFlag.COMP;
import static org.geokg.extract.lexicon.SpeechFlag.FRONT;
import static org.geokg.extract.lexicon.SpeechFlag.IMPERSONAL;
import static org.geokg.extract.lexicon.SpeechFlag.OBJECT;
import static org.geokg.extract.lexicon.SpeechFlag.PARTICIPLE;
import static org.geokg.extract.lexicon.SpeechFlag.PERSON;
import static org.geokg.extract.lexicon.SpeechFlag.POST;
import static org.geokg.extract.lexicon.SpeechFlag.TAIL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.claims.SpeechClaimExtractor;
import org.geokg.extract.events.LexiconEventExtractor;
import org.geokg.extract.lexicon.Grammar;
import org.geokg.extract.lexicon.SpeechPatterns;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.lexicon.Tokens;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;

/**
 * Finds direct and reported speech in an article: quoted words with their attribution
 * ({@code “...,” kata X}, {@code X said: "..."}), reported clauses ({@code X mengatakan
 * (bahwa) ...}, {@code According to X, ...}, {@code ..., X said}) and the speaker of each.
 * Used by both {@link SpeechClaimExtractor} (claims) and {@link LexiconEventExtractor}
 * (an event inside speech without a subject takes the speaker as its source). Stateless
 * apart from the article view it is given; not thread-safe per call.
 */
public final class SpeechFinder {
    /**
     * One attributed statement.
     *
     * @param speaker   the speaking actor
     * @param quote     direct speech
     * @param start     start of the words said
     * @param end       end of the words said
     * @param attrStart start of the attribution (speaker and verb)
     * @param attrEnd   end of the attribution
     * @param fallback  true when the speaker was inferred (pronoun, "the official")
     */
    public record Speech(Actor speaker, boolean quote, int start, int end, int attrStart, int attrEnd, boolean fallback) {
    }

    private record Verb(SpeechPatterns.Match m, int sentence, int start, int end) {
    }

    /**
     * A statement found, with how its speaker is still to be resolved when {@code needsSpeaker}:
     * {@code personHint} the last person, {@code document} the issuer of a document,
     * {@code impersonal} a body or state that spoke lately, {@code described} whoever spoke lately
     * ("Pejabat itu menyebut ...": a description that names nobody new).
     */
    private record Pending(Speech speech, boolean needsSpeaker, boolean personHint, boolean document,
            boolean impersonal, boolean described) {
        Pending(Speech speech, boolean needsSpeaker, boolean personHint) {
            this(speech, needsSpeaker, personHint, false, false, false);
        }

        Pending(Speech speech, boolean needsSpeaker, boolean personHint, boolean document) {
            this(speech, needsSpeaker, personHint, document, false, false);
        }

        Pending(Speech speech, boolean needsSpeaker, boolean personHint, boolean document, boolean impersonal) {
            this(speech, needsSpeaker, personHint, document, impersonal, false);
        }
    }

    /** Characters after a word within which a name starting at it must end (bounds the work on endless text). */
    private static final int NAME_WINDOW = 200;

    /** Min tokens of a quotation attributed by a speech verb before it in another clause. */
    private static final int LONG_QUOTE = 4;
    /** Longest object clitic between a coordinator and its speech verb ("y le pidió"). */
    private static final int CLITIC_CHARS = 3;
    /** Words before a sentence's opening subject ("Der Außenminister X", "El canciller de X"). */
    private static final int OPENING_WORDS = 2;
    /** Max characters between a title's party and the person named in apposition to it. */
    private static final int APPOSITION_GAP = 40;

    /** Max tokens between a speech verb and a short quotation of its own clause ("called it \"a threat\""). */
    private static final int SHORT_QUOTE_GAP = 12;

    private record Named(Actor actor, int end) {
    }

    private final ArticleView v;
    private final SpeechPatterns patterns;
    private final List<int[]> quotes = new ArrayList<>();
    private final List<Verb> verbs = new ArrayList<>();
    /** Quotations that found an attribution of their own (content spans). */
    private final List<int[]> attributedQuotes = new ArrayList<>();

    /** Sentences holding a negated speech verb (it reports nothing). */
    private final Set<Integer> deniedSentences = new HashSet<>();

    public SpeechFinder(ArticleView v) {
        this.v = v;
        this.patterns = v.data.speech();
    }

    public List<Speech> find() {
        findQuotes();
        for (int s = 0; s < v.sentences.size(); s++) {
            List<Token> toks = v.tokens(s);
            for (SpeechPatterns.Match found : patterns.find(toks, 0, toks.size())) {
                SpeechPatterns.Match m = found;
                if (m.entry().has(ACT)) {
                    if (!punctuated(toks, m)) {
                        continue; // "added two frigates", "menyatakan keadaan darurat": an act, no speech
                    }
                    // "added: a ...": punctuation after the verb opens words said; the verb's own row
                    List<SpeechPatterns.Match> own = patterns.find(toks, m.from(), m.from() + 1);
                    if (own.isEmpty() || own.get(0).entry().has(ACT)) {
                        continue;
                    }
                    m = own.get(0);
                }
                if (!m.entry().prep() && !finiteVerb(toks, m) || m.entry().has(FRONT) && m.from() != 0) {
                    if (!m.entry().prep() && negated(toks, m)) {
                        deniedSentences.add(s);
                    }
                    continue;
                }
                int start = toks.get(m.from()).start();
                if (quoteContaining(start) == null) {
                    verbs.add(new Verb(m, s, start, toks.get(m.to() - 1).end()));
                }
            }
        }
        List<Pending> found = new ArrayList<>();
        List<Verb> consumed = new ArrayList<>();
        Pending last = null;
        int[] lastQuote = null;
        for (int[] q : quotes) {
            Pending p = tailAttribution(q, verbs, consumed, found.isEmpty() ? null : found.get(found.size() - 1));
            if (p == null) {
                p = leadAttribution(q, verbs, consumed);
            }
            if (p == null && last != null && resumesQuote(lastQuote, last.speech(), q)) {
                // '"We will not retreat," he said, "and we will not provoke anyone."': the quotation
                // resumes after its attribution; one statement, from the first words to the last
                int[] c = content(q);
                if (c != null) {
                    Speech sp = last.speech();
                    found.set(found.size() - 1, new Pending(new Speech(sp.speaker(), true, sp.start(), c[1],
                            sp.attrStart(), sp.attrEnd(), sp.fallback()), last.needsSpeaker(), last.personHint(),
                            last.document(), last.impersonal(), last.described()));
                    attributedQuotes.add(new int[] {c[0], c[1]});
                    last = found.get(found.size() - 1);
                    lastQuote = q;
                    continue;
                }
            }
            lastQuote = q;
            last = p;
            if (p != null) {
                found.add(p);
                attributedQuotes.add(new int[] {p.speech().start(), p.speech().end()});
            } else {
                p = standaloneQuote(q);
                if (p != null) {
                    found.add(p);
                }
            }
        }
        for (Verb verb : verbs) {
            if (consumed.contains(verb)) {
                continue;
            }
            Pending p = verb.m().entry().prep() ? prepClaim(verb)
                    : verb.m().entry().has(BACK) ? backOrTail(verb) : reported(verb);
            if (p != null) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparingInt(p -> p.speech().start()));
        List<Speech> out = new ArrayList<>();
        for (Pending p : found) {
            Speech s = p.speech();
            if (!p.needsSpeaker() && s.quote() && s.fallback() && s.speaker() != null
                    && s.speaker().type() == EntityType.Person) {
                // '"...," kata dia', '"...," tambah beliau': a pronoun with no gender after a quotation
                // is, like "katanya", the last person who spoke, else the last person named
                for (int i = out.size() - 1; i >= 0; i--) {
                    Speech o = out.get(i);
                    if (o.start() < s.start() && o.speaker() != null && o.speaker().type() == EntityType.Person) {
                        s = new Speech(o.speaker(), s.quote(), s.start(), s.end(), s.attrStart(), s.attrEnd(), true);
                        break;
                    }
                }
            }
            if (!p.needsSpeaker() && s.attrEnd() > s.attrStart()
                    && (participleAt(s.attrEnd()) || coordinatedAt(s.attrEnd()))) {
                // "..., the statement said, adding that ...", "X said A and urged B": a participle
                // or a coordinated verb has the subject of the speech verb before it in its sentence
                Actor subject = speakerBefore(out, s.attrEnd());
                if (subject != null) {
                    s = new Speech(subject, s.quote(), s.start(), s.end(), s.attrStart(), s.attrEnd(), s.fallback());
                }
            }
            if (!p.needsSpeaker() && documentSpeaker(s)) {
                // "the statement said", "says the document": the body that issued it, i.e. the
                // last body or state that spoke, else the organization the description names
                Actor issuer = lastNonPersonSpeaker(out, s.start());
                if (issuer != null) {
                    s = new Speech(issuer, s.quote(), s.start(), s.end(), s.attrStart(), s.attrEnd(), true);
                }
            }
            if (p.needsSpeaker()) {
                Actor a = lastSpeaker(out, s.start(), p.personHint());
                if (!p.personHint()) {
                    // "it added": the last body or state that spoke, else whoever spoke last
                    Actor other = lastNonPersonSpeaker(out, s.start());
                    a = other != null ? other : a;
                }
                if (p.described()) {
                    // "Pejabat itu menyebut ...", "This official said ...": whoever spoke lately
                    a = recentSpeaker(out, s.start());
                }
                if (p.impersonal()) {
                    // "Dikatakan bahwa ...", "hieß es": a body or state that spoke in this sentence
                    // or the two before, else the subject of the sentence before
                    a = recentNonPersonSpeaker(out, s.start());
                }
                if (p.document() && (a == null || a.type() == EntityType.Person)) {
                    // "the government statement said" with no body that spoke before: the one that
                    // issued a statement, named in the last sentence speaking of one
                    Actor issuer = issuerBefore(s.attrStart());
                    a = issuer != null ? issuer : a;
                }
                if (a == null && p.personHint()) {
                    // nobody spoke yet: the last person named before the words
                    ActorMention named = v.lastPersonBefore(s.start());
                    a = named == null ? null : named.actor();
                }
                if (a == null && !p.personHint() && !p.described()) {
                    // "The ministry summoned the envoy. It said ...", "Dikatakan bahwa ...": nobody
                    // spoke yet, the body or state the sentence before is about
                    a = bodyBefore(Math.min(s.start(), s.attrStart()));
                }
                if (a == null || p.speech().attrEnd() > p.speech().attrStart() && ArticleView.isOutlet(a)
                        && verbAt(p.speech().attrStart()) != null && verbAt(p.speech().attrStart()).m().entry().prep()) {
                    // "según datos del Ministerio ..." with no body known: a news outlet credited
                    // earlier is no speaker of words someone else is reported to have said
                    continue;
                }
                s = new Speech(a, s.quote(), s.start(), s.end(), s.attrStart(), s.attrEnd(), true);
            }
            out.addAll(byParagraph(s));
        }
        continueReported(out);
        return dedup(out);
    }

    /** True when punctuation stands between the words of a match in sentence text ("added: a"). */
    private boolean punctuated(List<Token> toks, SpeechPatterns.Match m) {
        for (int k = m.from() + 1; k < m.to(); k++) {
            if (!v.text.substring(toks.get(k - 1).end(), toks.get(k).start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when a speech word is no verb reporting words said: speech to come or wanted ("will
     * announce", "va a explicar", "akan mengumumkan"), or a noun after an article, possessive or
     * demonstrative ("an announcement", "sus declaraciones"; after "la", "les", "the", which may
     * also be object pronouns in some languages, only a word that matched by its stem).
     */
    private boolean finiteVerb(List<Token> toks, SpeechPatterns.Match m) {
        if (v.grammar.endsBefore(Grammar.Kind.NONFINITE, toks, m.from())
                || v.grammar.endsBefore(Grammar.Kind.NOUN_MARKER, toks, m.from()) || negated(toks, m)) {
            return false;
        }
        return m.literal() || !v.grammar.is(Grammar.Kind.DETERMINER, toks, m.from() - 1);
    }

    /**
     * True when the speech verb is negated and reports nothing ("did not say whether", "no dijo si",
     * "tidak menyebut nama", "sagte nicht, ob"): a negation right before it, right before the
     * particle closing a split verb ("teilte ... nicht mit"), or right after it closing its clause. A negated verb that goes on with a complementizer still reports words
     * ("tidak membantah bahwa ...").
     */
    private boolean negated(List<Token> toks, SpeechPatterns.Match m) {
        int to = m.to();
        if (to < toks.size() && v.grammar.matchAt(Grammar.Kind.COMP, toks, to, toks.size()) > to) {
            return false;
        }
        if (m.from() > 0 && v.grammar.endsBefore(Grammar.Kind.NEGATION, toks, m.from())
                && v.text.substring(toks.get(m.from() - 1).end(), toks.get(m.from()).start()).isBlank()) {
            return true; // in the verb's own clause, not the end of a quotation before it ("... pas », a dit X")
        }
        if (to - m.from() > 1 && v.grammar.is(Grammar.Kind.NEGATION, toks, to - 2)) {
            return true; // right before the particle closing a split verb ("teilte ... nicht mit")
        }
        if (!v.grammar.is(Grammar.Kind.NEGATION, toks, to)) {
            return false;
        }
        int i = toks.get(to).end();
        while (i < v.text.length() && v.text.charAt(i) == ' ') {
            i++;
        }
        return i >= v.text.length() || ",;.:".indexOf(v.text.charAt(i)) >= 0;
    }

    /**
     * Sentences in reported-speech mood (German Konjunktiv I: "Die Lage sei ernst.") with no
     * speech of their own continue the claim of the sentence before: same speaker.
     */
    private void continueReported(List<Speech> out) {
        if (!v.grammar.has(Grammar.Kind.REPORTED)) {
            return;
        }
        List<Speech> added = new ArrayList<>();
        Speech last = null;
        int lastSentence = -2;
        for (int s = 0; s < v.sentences.size(); s++) {
            TextSpan sent = v.sentences.get(s);
            Speech own = null;
            for (Speech sp : out) {
                if (sp.start() < sent.end() && sp.end() > sent.start()
                        || sp.attrStart() < sent.end() && sp.attrEnd() > sent.start()) {
                    own = sp;
                }
            }
            if (own != null) {
                last = own;
                lastSentence = s;
                continue;
            }
            if (deniedSentences.contains(s)) {
                // a negated speech verb reports nothing ("teilte nicht mit, ob ... werde"), nor
                // do the reported-mood words after it go on with anyone's claim
                last = null;
                continue;
            }
            if (last == null || lastSentence != s - 1 || overlapsAttributedQuote(sent.start(), sent.end())
                    || !reportedMood(v.tokens(s))) {
                continue;
            }
            int[] span = trim(sent.start(), sent.end());
            if (span == null) {
                continue;
            }
            last = new Speech(last.speaker(), false, span[0], span[1], span[0], span[0], true);
            lastSentence = s;
            added.add(last);
        }
        out.addAll(added);
        out.sort(Comparator.comparingInt(Speech::start));
    }

    private boolean reportedMood(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (v.grammar.is(Grammar.Kind.REPORTED, toks, i)) {
                return true;
            }
        }
        return false;
    }

    /** A quotation running over several paragraphs is one statement per paragraph. */
    private List<Speech> byParagraph(Speech s) {
        if (!s.quote()) {
            return List.of(s);
        }
        List<Speech> parts = new ArrayList<>();
        for (TextSpan p : v.paragraphs) {
            int a = Math.max(p.start(), s.start());
            int b = Math.min(p.end(), s.end());
            while (a < b && (Character.isWhitespace(v.text.charAt(a)) || ArticleView.isQuote(v.text.charAt(a)))) {
                a++;
            }
            while (b > a && (Character.isWhitespace(v.text.charAt(b - 1)) || ArticleView.isQuote(v.text.charAt(b - 1))
                    || ",;:".indexOf(v.text.charAt(b - 1)) >= 0)) {
                b--;
            }
            if (b > a) {
                parts.add(new Speech(s.speaker(), true, a, b, s.attrStart(), s.attrEnd(), s.fallback()));
            }
        }
        return parts.size() > 1 ? parts : List.of(s);
    }

    /**
     * Pairs quotation marks within each paragraph. A quotation left open at the end of a
     * paragraph goes on in the next one when that paragraph opens with a quotation mark again
     * (the mark repeated on each quoted paragraph) or when its first mark closes a quotation
     * (it follows , . ! ? or ...): then the words of both paragraphs are one quote.
     */
    private void findQuotes() {
        int carried = -1;
        for (TextSpan p : v.paragraphs) {
            int open = -1;
            boolean firstMark = true;
            int lead = p.start();
            while (lead < p.end() && Character.isWhitespace(v.text.charAt(lead))) {
                lead++;
            }
            for (int i = p.start(); i < p.end(); i++) {
                if (!ArticleView.isQuote(v.text.charAt(i))) {
                    continue;
                }
                if (firstMark && carried >= 0) {
                    firstMark = false;
                    if (i == lead) {
                        open = carried;
                        continue;
                    }
                    if (closesQuote(i)) {
                        quotes.add(new int[] {carried, i});
                        continue;
                    }
                }
                firstMark = false;
                if (open < 0 && closingOnly(i)) {
                    // 'voire de haine" d'Erdogan': a mark glued to the word before it with a space
                    // after it closes a quotation whose opening mark is missing; it opens none
                    continue;
                }
                if (open >= 0 && family(v.text.charAt(open)) != family(v.text.charAt(i))) {
                    // «... "non" ...»: marks of another kind nest inside the quotation or are stray
                    continue;
                }
                if (open < 0) {
                    open = i;
                } else {
                    quotes.add(new int[] {open, i});
                    open = -1;
                }
            }
            carried = open;
        }
    }

    /**
     * True when the quotation mark at {@code i} can only close a quotation: a letter or digit
     * right before it and a space, the text end or clause punctuation right after it.
     */
    private boolean closingOnly(int i) {
        if (i == 0 || !Character.isLetterOrDigit(v.text.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= v.text.length() || Character.isWhitespace(v.text.charAt(i + 1))
                || ",.;:!?)".indexOf(v.text.charAt(i + 1)) >= 0;
    }

    /**
     * The kind of a quotation mark: 1 guillemets, 0 straight, curly and low marks (which writers
     * mix within one quotation: '"... bersama,”').
     */
    private static int family(char c) {
        return c == '«' || c == '»' ? 1 : 0;
    }

    /** True when the quotation mark at {@code i} follows sentence or clause punctuation. */
    private boolean closesQuote(int i) {
        return i > 0 && ",.!?…".indexOf(v.text.charAt(i - 1)) >= 0;
    }

    /**
     * True when quotation {@code q} opens right after an article or determiner of its sentence
     * (nothing but spaces between): the quoted words are a noun phrase inside a clause.
     */
    private boolean articleQuoted(int[] q) {
        int s = v.sentenceAt(q[0]);
        if (s < 0) {
            return false;
        }
        List<Token> toks = v.tokens(s);
        int k = Tokens.firstAtOrAfter(toks, q[0]) - 1;
        return k >= 0 && toks.get(k).end() <= q[0] && v.text.substring(toks.get(k).end(), q[0]).isBlank()
                && v.grammar.is(Grammar.Kind.DETERMINER, toks, k);
    }

    private int[] quoteContaining(int offset) {
        for (int[] q : quotes) {
            if (offset > q[0] && offset < q[1]) {
                return q;
            }
        }
        return null;
    }

    /** {@code “...,” kata X} / {@code "...," X said}. */
    private Pending tailAttribution(int[] q, List<Verb> verbs, List<Verb> consumed, Pending previous) {
        int s = v.sentenceAt(q[1]);
        if (s < 0 && q[1] + 1 < v.text.length()) {
            s = v.sentenceAt(q[1] + 1);
        }
        if (s < 0) {
            return null;
        }
        List<Token> toks = v.tokens(s);
        int first = Tokens.firstAtOrAfter(toks, q[1]);
        if (articleQuoted(q)) {
            // 'hatte X den "..." verurteilt', 'condemned the "..." on Monday': quoted words right
            // after an article are a noun phrase of the clause, not words its verb attributes
            return null;
        }
        String lead = v.text.substring(v.sentences.get(s).start(), Math.max(v.sentences.get(s).start(), q[0])).strip();
        boolean midClause = !lead.isEmpty() && ",:;-–—(".indexOf(lead.charAt(lead.length() - 1)) < 0
                && !ArticleView.isQuote(lead.charAt(lead.length() - 1));
        for (Verb verb : verbs) {
            if (verb.sentence() != s && !(verb.sentence() == s + 1 && first >= toks.size())) {
                continue;
            }
            if (midClause && verb.sentence() == s && verb.start() > q[1]
                    && v.text.substring(q[1] + 1, verb.start()).indexOf(',') < 0) {
                // 'hat den Angriff "auf das Schärfste" verurteilt': quoted words inside a clause
                // that the verb closes with no comma between are its adjunct, not words it reports
                return null;
            }
            if (verb.start() <= q[1] || consumed.contains(verb) || verb.m().entry().has(PARTICIPLE)) {
                // a participle has no subject of its own ("..." cette annonce en estimant que ...)
                continue;
            }
            if (verb.sentence() != s && !verb.m().entry().has(BACK) && !verb.m().entry().prep()
                    && reported(verb) != null) {
                // '"..." He said the army was ready.': a verb of the next sentence with words of its
                // own attributes those, not the quotation before it
                return null;
            }
            String between = v.text.substring(q[1] + 1, verb.start());
            if (between.indexOf('.') >= 0 || between.indexOf('"') >= 0 || between.indexOf('“') >= 0
                    || between.indexOf('\n') >= 0) {
                // a paragraph break ends the quotation's sentence: the next paragraph's verb has words
                // of its own ('"... threats." ¶ The agency said $500 million ...')
                return null;
            }
            List<Token> bt = Tokens.of(v.text, q[1] + 1, verb.start());
            if (bt.size() > 6) {
                return null;
            }
            List<Token> vts = v.tokens(verb.sentence());
            if (verb.m().to() < vts.size()
                    && v.grammar.matchAt(Grammar.Kind.COMP, vts, verb.m().to(), vts.size()) > verb.m().to()) {
                // 'medidas "urgentes" ..., si bien resaltó que ...': a verb right before "que" / "that"
                // / "dass" reports words of its own, not the quotation before it
                return null;
            }
            if (verb.m().entry().has(COMP) && between.indexOf(',') < 0 && !subjectOnly(bt) && !tailCloses(verb, s)) {
                // '"separatis" karena menolak klaim ...': a verb that needs "that" and goes on with an
                // object of its own is no attribution of the quotation before it
                return null;
            }
            // '"zahlreiche Behinderungen" durch die Junta, teilte X mit', '"..." au Liban, a-t-il
            // ajouté': words after the quote up to a comma belong to the words said, the speaker is
            // named after that comma
            int comma = between.lastIndexOf(',');
            int attrFrom = comma >= 0 ? q[1] + 2 + comma : q[1] + 1;
            List<Token> opening = Tokens.of(v.text, attrFrom, verb.start());
            if (comma >= 0 && !opening.isEmpty() && (v.grammar.is(Grammar.Kind.RELATIVE, opening, 0)
                    || v.grammar.is(Grammar.Kind.COMP, opening, 0))) {
                // '"... des agents étrangers", qu'il accuse de ...': a relative clause after the
                // quotation speaks of the words quoted, its verb attributes none of them
                return null;
            }
            for (int i = 0; i < bt.size(); i++) {
                if (v.grammar.is(Grammar.Kind.COORD, bt, i)) {
                    return null;
                }
            }
            int[] content = content(q);
            if (content == null) {
                return null;
            }
            consumed.add(verb);
            // the verb may open the next sentence when the quotation closes its own ('"... resmi." Demikian
            // kata X'): its speaker and clause are those of the verb's sentence
            int attrEnd = clauseEndAfter(verb.end(), verb.sentence());
            // a subject pronoun at the verb ("he said", "a-t-il ajouté", "erklärte er", "it added")
            // is the speaker: words between quote and verb are then the quote's own adjunct
            // a verb whose form names its speaker ("katanya", "ujarnya": -nya = he/she): the last
            // person who spoke, else the last person named
            boolean clitic = verb.m().entry().has(PERSON);
            List<Token> subj = Tokens.of(v.text, attrFrom, verb.start());
            Grammar.Kind pron = clitic ? null : subjectPronoun(subj, v.tokens(verb.sentence()), verb);
            Actor speaker = null;
            boolean genderless = false;
            if (clitic) {
                speaker = null;
            } else if (pron == Grammar.Kind.PRONOUN) {
                List<Token> around = new ArrayList<>(subj);
                List<Token> vt = v.tokens(verb.sentence());
                around.addAll(vt.subList(verb.m().from(), Math.min(vt.size(), verb.m().to() + 1)));
                int gender = genderIn(around);
                ActorMention p = personBefore(q[0], gender);
                speaker = p == null ? null : p.actor();
                genderless = gender == 0;
                Actor prev = previousSpeaker(previous, q, p, gender);
                if (prev != null) {
                    speaker = prev;
                }
            } else if (pron == null) {
                speaker = pick(speakersIn(attrFrom, verb.start()), true);
                if (speaker == null) {
                    // after the verb, or inside a split verb ("teilte das Ministerium mit")
                    speaker = speakerAfter(verb.start(), verb.sentence());
                }
            }
            Speech sp = new Speech(speaker, true, content[0], content[1], q[1] + 1, attrEnd, genderless);
            boolean document = speaker == null && pron != Grammar.Kind.PRONOUN && !clitic
                    && (documentIn(subj) || documentIn(Tokens.of(v.text, verb.end(), attrEnd)));
            return new Pending(sp, speaker == null, pron != Grammar.Kind.PRONOUN_OTHER && !document, document);
        }
        return null;
    }

    /**
     * The speaker of the quotation before {@code q} whom a pronoun at the verb after {@code q} names
     * ('"...", a déclaré le ministre X. Y avait accusé Z ... "...", a-t-il ajouté'): the reporter goes
     * on with the last speaker when that one spoke in this sentence or the two before and no person
     * was named in the quotation's own sentence before it; null when the last person named stays.
     */
    private Actor previousSpeaker(Pending previous, int[] q, ActorMention named, int gender) {
        if (previous == null || previous.speech().speaker() == null || named == null) {
            return null;
        }
        Actor prev = previous.speech().speaker();
        int qs = v.sentenceAt(q[0] + 1);
        int ps = v.sentenceAt(previous.speech().start());
        if (prev.equals(named.actor()) || qs < 0 || ps < 0 || ps > qs || qs - ps > 2
                || v.sentenceAt(named.start()) == qs) {
            return null;
        }
        if (prev.type() == EntityType.Person && gender != 0) {
            ActorMention said = null;
            for (ActorMention m : v.mentionsIn(0, q[0])) {
                if (prev.equals(m.actor())) {
                    said = m;
                }
            }
            if (said == null || feminineBefore(said) != (gender > 0)) {
                return null;
            }
        }
        return prev;
    }

    /**
     * The kind ({@link Grammar.Kind#PRONOUN} or {@link Grammar.Kind#PRONOUN_OTHER}) of a pronoun
     * standing alone between a quote and its verb, inside the verb ("a t il ajouté") or right
     * after it ("erklärte er"); null when there is none.
     */
    private Grammar.Kind subjectPronoun(List<Token> between, List<Token> toks, Verb verb) {
        List<List<Token>> where = new ArrayList<>();
        if (between.size() == 1) {
            where.add(between);
        }
        int to = Math.min(toks.size(), verb.m().to() + 1);
        where.add(toks.subList(verb.m().from(), to));
        for (List<Token> ts : where) {
            for (int i = 0; i < ts.size(); i++) {
                if (v.grammar.is(Grammar.Kind.PRONOUN, ts, i)) {
                    return Grammar.Kind.PRONOUN;
                }
                if (v.grammar.is(Grammar.Kind.PRONOUN_OTHER, ts, i)) {
                    return Grammar.Kind.PRONOUN_OTHER;
                }
            }
        }
        return null;
    }

    /** True when the first actor after the verb in its clause is a person or an organization ("..., said spokeswoman X"). */
    private boolean personOrBodyAfter(Verb verb, int s) {
        for (ActorMention m : speakersIn(verb.end(), clauseEndAfter(verb.end(), s))) {
            if (m.actor().type() == EntityType.Person || m.actor().type() == EntityType.Organization) {
                return true;
            }
            if (!"demonym".equals(m.how())) {
                return false;
            }
            // "..., a indiqué le porte-parole sénégalais du ministère, X": a nationality inside the
            // office names no speaker of its own; the person or body after it does
        }
        return false;
    }

    /**
     * True when {@code [from, to)} opens with a person or organization, with only capitalized words
     * (a title: "Menteri Luar Negeri Chile", "Chilean Foreign Minister") or other actors before it.
     */
    private boolean subjectOpens(int from, int to) {
        List<ActorMention> ms = speakersIn(from, to);
        ActorMention subject = null;
        for (ActorMention m : ms) {
            if (m.actor().type() == EntityType.Person || m.actor().type() == EntityType.Organization) {
                subject = m;
                break;
            }
        }
        if (subject == null || ArticleView.isOutlet(subject.actor())) {
            return false;
        }
        for (Verb verb : verbs) {
            if (verb.start() >= from && verb.start() < subject.start()) {
                return false; // "Laut Ana ...", "Menurut X": an attribution, not a subject
            }
        }
        for (Token t : Tokens.of(v.text, from, subject.start())) {
            String w = v.text.substring(t.start(), t.end());
            if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && v.participantsIn(t.start(), t.end()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gender a personal pronoun among {@code ts} names: 1 a woman ("she", "elle"), -1 a man
     * ("he", "il") in a language whose pronouns tell them apart, 0 unknown ("dia", "ia").
     */
    private int genderIn(List<Token> ts) {
        if (!v.grammar.has(Grammar.Kind.FEMININE_PRONOUN)) {
            return 0;
        }
        int gender = 0;
        for (int i = 0; i < ts.size(); i++) {
            if (v.grammar.is(Grammar.Kind.FEMININE_PRONOUN, ts, i)) {
                return 1;
            }
            if (v.grammar.is(Grammar.Kind.PRONOUN, ts, i)) {
                gender = -1;
            }
        }
        return gender;
    }

    /**
     * The last person named before {@code offset} whom a pronoun of {@code gender} may name: with
     * "she" the last one a feminine title or article marks, with "he" the last one none marks, else
     * (or when none fits) the last person named.
     */
    private ActorMention personBefore(int offset, int gender) {
        ActorMention last = v.lastPersonBefore(offset);
        if (gender == 0 || last == null || feminineBefore(last) == (gender > 0)) {
            return last;
        }
        List<ActorMention> ms = v.mentionsIn(0, offset);
        for (int k = ms.size() - 1; k >= 0; k--) {
            ActorMention m = ms.get(k);
            if (m.actor().type() != EntityType.Person && !"role".equals(m.how()) || "pronoun".equals(m.how())) {
                continue;
            }
            if (feminineBefore(m) == (gender > 0)) {
                return m;
            }
        }
        return last;
    }

    /** True when a feminine title or article stands among the few words right before mention {@code m}. */
    private boolean feminineBefore(ActorMention m) {
        int from = Math.max(0, m.start() - 60);
        for (ActorMention o : v.mentionsIn(from, m.start())) {
            if (o.actor().type() == EntityType.Person) {
                from = Math.max(from, o.end()); // the title of an earlier name is not this one's
            }
        }
        List<Token> ts = Tokens.of(v.text, from, m.start());
        int head = Math.max(0, ts.size() - 5);
        String before = v.text.substring(from, m.start()).stripTrailing();
        if (before.endsWith(",")) {
            // "The spokeswoman of the foreign ministry, X", "La porte-parole du ministère ..., X": the
            // name in apposition has the role noun that opens its noun phrase, after the last comma
            // or the sentence start before it
            int sent = v.sentenceAt(m.start());
            int sentStart = sent >= 0 ? v.sentences.get(sent).start() : 0;
            int open = lastIndexOf(',', from + before.length() - 2, sentStart);
            int headFrom = open > sentStart ? open + 1 : sentStart;
            ts = Tokens.of(v.text, Math.max(headFrom, m.start() - 160), m.start());
            head = 0;
        }
        for (int i = head; i < ts.size(); i++) {
            if (v.grammar.matchAt(Grammar.Kind.FEMININE, ts, i, ts.size()) > i) {
                return true;
            }
        }
        for (int i = 0; i < Tokens.of(v.text, m.start(), m.end()).size(); i++) {
            if (v.grammar.is(Grammar.Kind.FEMININE, Tokens.of(v.text, m.start(), m.end()), i)) {
                return true;
            }
        }
        // a short mention ("Virtanen") of a person whose full name holds a woman's given name
        String label = m.actor().label();
        List<Token> named = label == null ? List.of() : Tokens.of(label, 0, label.length());
        for (int i = 0; i < named.size(); i++) {
            if (v.grammar.is(Grammar.Kind.FEMININE, named, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a personal pronoun stands inside the words of an inverted speech verb ("..., a-t-il
     * ajouté"): the verb carries its own subject.
     */
    private boolean pronounInside(List<Token> toks, Verb verb) {
        for (int i = verb.m().from() + 1; i < verb.m().to() - 1; i++) {
            if (v.grammar.is(Grammar.Kind.PRONOUN, toks, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code X said: "..."}, {@code and said his country "..."}. */
    private Pending leadAttribution(int[] q, List<Verb> verbs, List<Verb> consumed) {
        int s = v.sentenceAt(q[0]);
        int[] content = content(q);
        if (s < 0 || content == null) {
            return null;
        }
        Verb lead = null;
        for (Verb verb : verbs) {
            if (verb.sentence() == s && verb.end() <= q[0] && !consumed.contains(verb)
                    && !verb.m().entry().has(TAIL)) {
                lead = verb;
            }
        }
        if (lead == null) {
            return null;
        }
        boolean rightAfter = v.text.substring(lead.end(), q[0]).isBlank() && lead.m().to() - lead.m().from() > 1;
        if (Tokens.of(v.text, content[0], content[1]).size() < LONG_QUOTE && !rightAfter
                && (lead.m().entry().has(PARTICIPLE) || !sameClause(lead.end(), q[0]) || !endsClause(q[1]))) {
            // a short quotation is a claim only as what the verb's own clause ends on ("called the
            // drills \"a provocation\"."), or right after a frame row that ends on it ("bezeichnete
            // dies als \"...\""), not a scare quote inside a noun phrase or further on
            return null;
        }
        for (int[] other : quotes) {
            if (other != q && other[1] > lead.end() && other[1] < q[0]) {
                return null;
            }
        }
        if (!endsClause(q[1]) && tailReportsClause(q, s, consumed)) {
            // 'X condamne "..." l'attaque, a déclaré le ministre Y': the quotation is a part of the
            // words the verb after the comma reports; that verb's speaker said the whole clause
            return null;
        }
        boolean document = !lead.m().entry().prep() && documentRelative(v.tokens(s), lead);
        Actor speaker = document ? null : lead.m().entry().prep() ? prepSpeaker(lead).actor() : speakerOf(lead);
        boolean described = speaker == null && !document && !lead.m().entry().prep()
                && describedSubject(v.tokens(s), lead);
        if (speaker == null && !document && !described) {
            return null;
        }
        return new Pending(new Speech(speaker, true, content[0], content[1], v.sentences.get(s).start(), lead.end(),
                false), document || described, false, document, false, described);
    }

    /**
     * True when a speech verb later in sentence {@code s}, after a comma that follows quotation
     * {@code q} with no other quotation between, reports words of its own ('..., a déclaré X').
     */
    private boolean tailReportsClause(int[] q, int s, List<Verb> consumed) {
        for (Verb verb : verbs) {
            if (verb.sentence() != s || verb.start() <= q[1] || consumed.contains(verb)
                    || verb.m().entry().has(PARTICIPLE)) {
                continue;
            }
            String between = v.text.substring(q[1] + 1, verb.start());
            boolean quoted = false;
            for (int k = 0; k < between.length(); k++) {
                quoted |= ArticleView.isQuote(between.charAt(k));
            }
            if (!quoted && between.indexOf(',') >= 0 && reported(verb) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation with no attribution that is a whole sentence of its own ('"Wir bleiben hart."'
     * after a paragraph quoting someone): in news style it goes on quoting the last speaker.
     */
    private Pending standaloneQuote(int[] q) {
        int s = v.sentenceAt(q[0]);
        int[] content = content(q);
        if (s < 0 || content == null || Tokens.of(v.text, content[0], content[1]).size() < LONG_QUOTE) {
            return null;
        }
        TextSpan sent = v.sentences.get(s);
        if (!v.text.substring(sent.start(), q[0]).isBlank()) {
            return null;
        }
        for (int i = q[1] + 1; i < Math.min(sent.end(), v.text.length()); i++) {
            char c = v.text.charAt(i);
            if (!Character.isWhitespace(c) && ".!?…".indexOf(c) < 0 && !ArticleView.isQuote(c)) {
                return null;
            }
        }
        if (backReferenceFollows(s)) {
            return null; // '"..." Demikian kata X.': the sentence after names the speaker
        }
        return new Pending(new Speech(null, true, content[0], content[1], q[0], q[0], true), true, true);
    }

    /** True when sentence {@code s + 1} opens with a back reference to it ("Demikian kata X", "Das sagte X"). */
    private boolean backReferenceFollows(int s) {
        for (Verb verb : verbs) {
            if (verb.sentence() == s + 1 && verb.m().entry().has(BACK) && verb.m().from() == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when quotation {@code q} goes on with the words of the quotation {@code before}, whose
     * tail attribution ends on a comma right before {@code q} opens in the same sentence
     * ('"...," he said, "..."', '« ... », a-t-il dit, « ... »').
     */
    private boolean resumesQuote(int[] before, Speech attributed, int[] q) {
        if (before == null || !attributed.quote() || attributed.attrStart() != before[1] + 1
                || attributed.attrEnd() > q[0] || v.sentenceAt(before[1] + 1) != v.sentenceAt(q[0])) {
            return false;
        }
        String between = v.text.substring(before[1] + 1, q[0]);
        if (between.indexOf('\n') >= 0 || between.indexOf('.') >= 0 || between.indexOf('!') >= 0
                || between.indexOf('?') >= 0) {
            return false;
        }
        String tail = v.text.substring(attributed.attrEnd(), q[0]).strip();
        return tail.equals(",") || tail.equals(":");
    }

    /** True when the closing quotation mark at {@code close} ends its clause: punctuation or the text end follows. */
    private boolean endsClause(int close) {
        int i = close + 1;
        while (i < v.text.length() && (v.text.charAt(i) == ' ' || ArticleView.isQuote(v.text.charAt(i)))) {
            i++;
        }
        if (i >= v.text.length() || ",.;:!?\n".indexOf(v.text.charAt(i)) >= 0) {
            return true;
        }
        // 'acusó a Madrid de "..." y anunció que ...': a second speech verb coordinated after the
        // quotation opens a clause of its own
        int s = v.sentenceAt(i);
        if (s < 0) {
            return false;
        }
        List<Token> toks = v.tokens(s);
        int k = Tokens.firstAtOrAfter(toks, i);
        if (k >= toks.size() || !v.grammar.is(Grammar.Kind.COORD, toks, k)) {
            return false;
        }
        int limit = toks.get(Math.min(toks.size() - 1, k + 2)).end();
        for (Verb verb : verbs) {
            if (verb.sentence() == s && verb.start() > toks.get(k).start() && verb.start() < limit
                    && !verb.m().entry().prep()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code [from, to)} holds no clause punctuation and at most {@link #SHORT_QUOTE_GAP} tokens. */
    private boolean sameClause(int from, int to) {
        String gap = v.text.substring(from, to);
        if (gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0) {
            return false;
        }
        return Tokens.of(v.text, from, to).size() <= SHORT_QUOTE_GAP;
    }

    /** The quoted words without the marks, surrounding blanks and trailing , . ; : */
    private int[] content(int[] q) {
        int a = q[0] + 1;
        int b = q[1];
        while (a < b && Character.isWhitespace(v.text.charAt(a))) {
            a++;
        }
        while (b > a && (Character.isWhitespace(v.text.charAt(b - 1)) || ",.;:".indexOf(v.text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return b > a ? new int[] {a, b} : null;
    }

    /** {@code Menurut X, ...}, {@code ..., according to X}, {@code Dalam pernyataan X, ...}. */
    private Pending prepClaim(Verb verb) {
        if (verb.m().entry().has(POST)) {
            return postClaim(verb);
        }
        TextSpan sent = v.sentences.get(verb.sentence());
        Named sp = prepSpeaker(verb);
        Actor speaker = sp.actor();
        int speakerEnd = sp.end();
        if (speaker == null && !mayReferToSpeaker(verb.end(), speakerEnd)) {
            return null; // "Menurut rencana, ...": no speaker named or referred to
        }
        if (speaker != null && ArticleView.isOutlet(speaker)) {
            return null; // "según informó el diario X", "according to Reuters": an outlet credited, not a speaker
        }
        int commaBefore = lastIndexOf(',', verb.start(), sent.start());
        boolean tail = commaBefore > sent.start()
                && Tokens.of(v.text, sent.start(), commaBefore).size() >= 3
                && v.text.substring(commaBefore + 1, verb.start()).isBlank();
        int from;
        int to;
        if (tail) {
            from = sent.start();
            to = commaBefore;
            List<Token> subject = Tokens.of(v.text, from, to);
            if (coveredTokens(subject, v.participantsIn(from, to)) == subject.size()) {
                // "Kementerian Luar Malaysia, dalam kenyataan ...": the words before the comma are the speaker
                return null;
            }
            if (overlapsAttributedQuote(from, to)) {
                // '"...", afirmó X, en una rueda de prensa con Y': the words before the comma are a
                // quotation attributed already; the phrase is an adjunct of its verb, Y no speaker
                return null;
            }
        } else {
            Named front = frontSpeaker(verb);
            if (front != null) {
                // "Laut dem Außenminister X wird Chile ...": no comma, the words said follow the name
                speaker = front.actor();
                speakerEnd = front.end();
                from = front.end();
            } else {
                int comma = indexOf(',', speakerEnd, sent.end());
                if (comma < 0 || comma >= sent.end()) {
                    return null;
                }
                from = comma + 1;
            }
            to = complementEnd(verb.sentence(), from);
        }
        int[] span = trim(from, to);
        if (span == null || quoteContaining(span[0]) != null) {
            return null;
        }
        // "Kemlu Brasil dalam keterangan yang diterima di Brasilia, Selasa, mengatakan ...", "Wisma
        // Putra dalam kenyataan hari ini memaklumkan ..., dari Peru, X": the phrase stands between
        // a subject and its speech verb; the verb's clause says who speaks
        boolean subjectBefore = !tail && !v.participantsIn(sent.start(), verb.start()).isEmpty();
        for (Verb other : verbs) {
            if (!tail && other != verb && !other.m().entry().prep()
                    && other.start() >= (subjectBefore ? verb.end() : span[0]) && other.start() < span[1]
                    && !other.m().entry().has(PARTICIPLE) && !other.m().entry().has(COMP)
                    && (subjectBefore || !v.participantsIn(span[0], other.start()).isEmpty())
                    && other.start() - span[0] < 120) {
                // "Dalam keterangannya, Kemlu menyatakan bahwa ...": the verb's clause says who speaks
                return null;
            }
        }
        if (verb.m().entry().has(FRONT) && (speaker == null || speaker.type() != EntityType.Person)) {
            return null; // "Pour la première fois, ...", "Para Chile, ...": no person's view
        }
        Speech s = new Speech(speaker, false, span[0], span[1], verb.start(), speakerEnd, false);
        return new Pending(s, speaker == null, speaker == null
                && (verb.m().entry().has(PERSON) || personPronoun(verb, speakerEnd)));
    }

    /**
     * The actor named right after an attribution preposition that opens its sentence, when the
     * words said follow the name with no comma ("Laut dem Außenminister X wird Chile ...", "Nach
     * Angaben des Ministeriums wurden ..."): the name starts within six words of the preposition and
     * is followed by a lowercase word that opens no adjunct, complement, relative clause or noun
     * phrase and joins nothing to the name; null otherwise.
     */
    /**
     * A postposition of attribution ("Dem Ministerium zufolge muss ...", "..., dem Ministerium
     * zufolge."): the speaker is the actor right before it in its clause; the words said are what
     * follows when the phrase opens the sentence, what stands before its comma when it closes the
     * sentence, else the whole sentence.
     */
    private Pending postClaim(Verb verb) {
        int s = verb.sentence();
        TextSpan sent = v.sentences.get(s);
        int clause = lastIndexOf(',', verb.start(), sent.start());
        int from = clause > sent.start() ? clause + 1 : sent.start();
        ActorMention named = null;
        for (ActorMention m : speakersIn(from, verb.start())) {
            if (v.text.substring(m.end(), verb.start()).isBlank()) {
                named = m;
            }
        }
        if (named == null || ArticleView.isOutlet(named.actor())
                || Tokens.of(v.text, from, named.start()).size() > 2) {
            return null;
        }
        int[] span;
        if (from == sent.start()) {
            span = trim(verb.end(), complementEnd(s, verb.end()));
        } else if (clauseEndAfter(verb.end(), s) >= sent.end() || Tokens.of(v.text, verb.end(), sent.end()).isEmpty()) {
            span = trim(sent.start(), clause);
        } else {
            span = trim(sent.start(), sent.end());
        }
        if (span == null || Tokens.of(v.text, span[0], span[1]).size() < 3 || quoteContaining(span[0]) != null) {
            return null;
        }
        return new Pending(new Speech(named.actor(), false, span[0], span[1], named.start(), verb.end(), false),
                false, false);
    }

    private Named frontSpeaker(Verb verb) {
        TextSpan sent = v.sentences.get(verb.sentence());
        List<Token> toks = v.tokens(verb.sentence());
        if (verb.m().from() != 0 || verb.m().to() >= toks.size()) {
            return null;
        }
        int window = toks.get(Math.min(toks.size(), verb.m().to() + 6) - 1).end();
        ActorMention named = null;
        for (ActorMention m : speakersIn(verb.end(), sent.end())) {
            if (m.start() >= window) {
                break;
            }
            if (named == null || rank(m.actor()) < rank(named.actor())) {
                named = m;
            }
        }
        if (named == null || v.text.substring(verb.end(), named.start()).indexOf(',') >= 0
                || "demonym".equals(named.how())) {
            // "Selon le ministre grec des Affaires étrangères X, ...": a nationality adjective is
            // part of the office, the speaker's name comes later
            return null;
        }
        int next = Tokens.firstAtOrAfter(toks, named.end());
        if (next < toks.size() && !v.startingIn(toks.get(next).start(), toks.get(next).end()).isEmpty()) {
            // "Selon le ministre grec des Affaires étrangères X": an office goes on with a nationality
            return null;
        }
        if (next >= toks.size() || !v.text.substring(named.end(), toks.get(next).start()).isBlank()
                || !Character.isLowerCase(v.text.charAt(toks.get(next).start()))
                || v.grammar.is(Grammar.Kind.ADJUNCT, toks, next) || v.grammar.is(Grammar.Kind.POSSESSIVE, toks, next)
                || v.grammar.is(Grammar.Kind.DETERMINER, toks, next) || v.grammar.is(Grammar.Kind.COORD, toks, next)
                || v.grammar.is(Grammar.Kind.RELATIVE, toks, next)
                || v.grammar.matchAt(Grammar.Kind.COMP, toks, next, toks.size()) > next
                || Tokens.of(v.text, named.end(), clauseEndAfter(named.end(), verb.sentence())).size() < 3) {
            return null;
        }
        return new Named(named.actor(), named.end());
    }

    /** Person 0, organization 1, anything else 2: the order in which a speaker is picked. */
    private static int rank(Actor a) {
        return a.type() == EntityType.Person ? 0 : a.type() == EntityType.Organization ? 1 : 2;
    }

    /**
     * False when the words after an attribution preposition are one lowercase common word
     * ("menurut rencana"): not a pronoun, demonstrative phrase or title that could name a speaker.
     */
    private boolean mayReferToSpeaker(int from, int to) {
        List<Token> t = Tokens.of(v.text, from, Math.max(from, to));
        if (t.isEmpty()) {
            return true;
        }
        if (v.grammar.is(Grammar.Kind.PRONOUN, t, 0) || v.grammar.is(Grammar.Kind.PRONOUN_OTHER, t, 0)) {
            return true;
        }
        if (t.size() > 1 && (v.grammar.is(Grammar.Kind.DETERMINER, t, 0)
                || v.grammar.is(Grammar.Kind.DEMONSTRATIVE_BEFORE, t, 0) || v.grammar.is(Grammar.Kind.NOUN_MARKER, t, 0))) {
            return true; // "según la misma fuente", "according to the statement"
        }
        for (int i = 0; i < t.size(); i++) {
            if (Character.isUpperCase(v.text.charAt(t.get(i).start()))
                    || i > 0 && v.grammar.is(Grammar.Kind.DEMONSTRATIVE_AFTER, t, i)) {
                return true; // a name or title, "menurut pejabat itu"
            }
        }
        return false; // "según fuentes diplomáticas", "according to analysts": nobody in particular
    }

    /**
     * True when a person pronoun ends the attribution phrase or follows it ("menurut dia", "selon
     * lui", "according to him"): the speaker is the last person who spoke.
     */
    private boolean personPronoun(Verb verb, int speakerEnd) {
        List<Token> toks = v.tokens(verb.sentence());
        int last = verb.m().to() - 1;
        if (v.grammar.is(Grammar.Kind.PRONOUN, toks, last)) {
            return true;
        }
        List<Token> after = Tokens.of(v.text, verb.end(), Math.max(verb.end(), speakerEnd));
        return after.size() == 1 && v.grammar.is(Grammar.Kind.PRONOUN, after, 0);
    }

    /** The actor named right after an attribution preposition, and where the name ends. */
    private Named prepSpeaker(Verb verb) {
        TextSpan sent = v.sentences.get(verb.sentence());
        int limit = indexOf(',', verb.end(), sent.end());
        if (limit < 0 || limit > sent.end()) {
            limit = sent.end();
        }
        Actor a = pick(v.participantsIn(verb.end(), limit), false);
        if ((a == null || a.type() != EntityType.Person) && limit < sent.end()) {
            // "Selon le ministre des Affaires étrangères, Sylvie X, ...": a person in apposition
            int next = limit + 1;
            while (next < sent.end() && Character.isWhitespace(v.text.charAt(next))) {
                next++;
            }
            int comma = indexOf(',', next, sent.end());
            if (comma < 0 || comma > sent.end()) {
                // "..., según informó el canciller boliviano, X.": the apposition closes the sentence
                comma = sent.end();
            }
            if (comma > next && comma <= sent.end() && Tokens.of(v.text, limit, next).isEmpty()) {
                for (ActorMention m : v.participantsIn(next, comma)) {
                    if (m.start() == next && m.actor().type() == EntityType.Person
                            && v.text.substring(m.end(), comma).replaceAll("[.!?…]", "").isBlank()) {
                        return new Named(m.actor(), comma);
                    }
                }
            }
        }
        return new Named(a, limit);
    }

    /** {@code X said (that) ...} or the tail form {@code ..., X said}. */
    private Pending reported(Verb verb) {
        int s = verb.sentence();
        TextSpan sent = v.sentences.get(s);
        List<Token> toks = v.tokens(s);
        int comma = lastIndexOf(',', verb.start(), sent.start());
        boolean comps = verb.m().entry().has(COMP);
        // "Dikatakan bahwa ...", "..., hieß es": no speaker named at the verb
        boolean impersonal = verb.m().entry().has(IMPERSONAL);
        // a verb that needs "that" before reported words still closes a sentence ("..., X warned.")
        boolean tailVerb = !verb.m().entry().has(PARTICIPLE)
                && (!comps || tailCloses(verb, s));
        if (verb.m().entry().has(TAIL) && adverbBeforeVerb(toks, verb.m().to())) {
            return null; // "..., jelas menunjukkan ...": an adverb before a verb, no speech verb
        }
        if (comma > sent.start() && tailVerb) {
            List<Token> between = Tokens.of(v.text, comma + 1, verb.start());
            List<ActorMention> named = v.participantsIn(comma + 1, verb.start());
            int after = toks.size() - verb.m().to();
            ActorMention appos = appositionAfter(verb.start(), s);
            if (appos != null) {
                // "..., sagte die Sprecherin des Ministeriums, X, am Montag in Y": the words after the
                // name in apposition are the verb's adjuncts
                after = toks.size() - Tokens.firstAtOrAfter(toks, appos.end());
            } else if (namedThenComma(toks, verb)) {
                // "..., said John Miller, an analyst at the Atlantic Council in Washington": the words
                // after the name and its comma are the speaker's office in apposition and adjuncts
                after = 0;
            } else {
                // "..., sagte ein Sprecher des Auswärtigen Amtes am Mittwoch in Berlin", "..., a écrit
                // la porte-parole du ministère ... sur sa chaîne": a speaker close after the verb; the
                // words after the speaker are its adjuncts
                List<ActorMention> own = speakersIn(verb.end(), clauseEndAfter(verb.end(), s));
                int end = -1;
                for (ActorMention m : own) {
                    int at = Tokens.firstAtOrAfter(toks, m.start());
                    // a body close after the verb, or a name after its whole office ("la porte-parole
                    // du ministère polonais de la Défense Ewa X")
                    boolean close = at - verb.m().to() <= 6 || at - verb.m().to() <= 12
                            && m.actor().type() == EntityType.Person && "title".equals(m.how());
                    if (!close || v.text.substring(verb.end(), m.start()).indexOf(',') >= 0) {
                        break;
                    }
                    end = Tokens.firstAtOrAfter(toks, m.end());
                }
                if (end > 0) {
                    after = Math.min(after, toks.size() - end);
                }
            }
            int close = clauseEndAfter(verb.end(), s);
            if (close < sent.end() && v.text.charAt(close) == ',' && participleOpens(close + 1, s)) {
                // "..., a annoncé le ministère, dénonçant une décision « injustifiée »": a participle
                // clause after the speaker is the speaker's own, no words of the sentence said
                after = Tokens.of(v.text, verb.end(), close).size();
            }
            boolean adjunctAfter = v.grammar.is(Grammar.Kind.ADJUNCT, toks, verb.m().to());
            boolean pronoun = between.size() == 1 && v.grammar.is(Grammar.Kind.PRONOUN, between, 0);
            // "..., it said.", "..., they added.": the body or state that spoke last
            boolean otherPronoun = between.size() == 1 && v.grammar.is(Grammar.Kind.PRONOUN_OTHER, between, 0);
            boolean subject = between.size() - coveredTokens(between, named) <= 1 || titledName(between, named);
            boolean compAfter = verb.m().to() < toks.size()
                    && v.grammar.matchAt(Grammar.Kind.COMP, toks, verb.m().to(), toks.size()) > verb.m().to();
            // after the verb, or inside a split verb ("hat der Minister ... betont"); right after a
            // comma the speaker follows the verb closely ("..., kata Menlu X"), and a person just
            // before the comma is the verb's subject in apposition ("Jubir Kemlu, X, mengatakan ...")
            // a news outlet after the verb credits the words, it does not say them ("sagte sie laut Interfax")
            boolean speakerAfter = !speakersIn(verb.start(), clauseEndAfter(verb.end(), s)).isEmpty()
                    && (!between.isEmpty() || speakerNear(verb, s)) && !(between.isEmpty() && personEndsAt(comma))
                    || between.isEmpty() && appos != null;
            // "..., sagte sie" / pro-drop "..., dijo.": the last person named speaks
            boolean pronounAfter = between.isEmpty() && (verb.m().entry().has(PERSON)
                    || v.grammar.is(Grammar.Kind.PRONOUN, toks, verb.m().to()) || pronounInside(toks, verb)
                    || v.grammar.has(Grammar.Kind.SUBJECT_DROP) && onlyPunctuation(toks, verb.m().to()));
            boolean tailOnly = verb.m().entry().has(TAIL);
            // "..., the government statement said": a document with no body named speaks for its issuer
            boolean document = named.isEmpty() && !speakerAfter && between.size() <= 4 && (documentIn(between)
                    || documentIn(Tokens.of(v.text, verb.end(), clauseEndAfter(verb.end(), s))));
            // "Chile, he said, would ...", "Chile, lanjut dia, tetap ...": an attribution inserted
            // between commas; the words said are the whole sentence
            int attrClose = clauseEndAfter(verb.end(), s);
            boolean inserted = Tokens.of(v.text, sent.start(), comma).size() < 3 && attrClose < sent.end()
                    && v.text.charAt(attrClose) == ',' && Tokens.of(v.text, attrClose + 1, sent.end()).size() >= 3
                    && (pronoun || between.isEmpty() && (pronounAfter || speakerCloses(verb, s)));
            // "Menteri X saat konferensi pers di Santiago, Senin, mengatakan Chile ...": the sentence
            // opens with the verb's subject, the comma closes an adjunct; no words said before it
            boolean subjectFirst = between.isEmpty() && !tailOnly && !verb.m().entry().has(PERSON)
                    && !clauseEndsAfter(verb, sent) && !speakerCloses(verb, s) && !adjunctCloses(verb, s)
                    && !pronounAfter && subjectOpens(sent.start(), comma) && !personOrBodyAfter(verb, s);
            if ((subject || pronoun || document) && (after <= 8 || adjunctAfter || inserted) && !compAfter
                    && !subjectFirst && !(tailOnly && !between.isEmpty() && !inserted)
                    && (between.isEmpty() ? speakerAfter || pronounAfter || document || impersonal
                            : !named.isEmpty() || pronoun || otherPronoun || document)
                    && (Tokens.of(v.text, sent.start(), comma).size() >= 3 || inserted)
                    && !(between.size() > 0 && clauseFollows(verb, s)) && !introductoryAdjunct(s, comma)
                    && !opensClause(between)
                    && !(relativeClauseBefore(sent.start(), comma) && !(between.isEmpty() && personOrBodyAfter(verb, s)))
                    && !(after >= 3 && namesOnly(sent.start(), comma)) && !creditInserted(sent.start(), comma)) {
                Actor speaker = pick(named, true);
                if (speaker == null && between.isEmpty() && verb.m().entry().has(PERSON) && !speakerAfter) {
                    // "..., katanya.": the last person who spoke
                    return tailByLastSpeaker(sent, comma, verb);
                }
                if (speaker == null && (pronoun || pronounAfter && !speakerAfter)) {
                    List<Token> around = new ArrayList<>(between);
                    around.addAll(toks.subList(verb.m().from(), Math.min(toks.size(), verb.m().to() + 1)));
                    ActorMention p = personBefore(comma, genderIn(around));
                    speaker = p == null ? null : p.actor();
                }
                if (speaker == null) {
                    speaker = speakerAfter(verb.start(), s);
                }
                int[] span = inserted ? trim(sent.start(), sent.end()) : trim(sent.start(), comma);
                if (span == null || overlapsAttributedQuote(span[0], span[1])) {
                    return null;
                }
                return new Pending(new Speech(speaker, false, span[0], span[1], comma + 1, verb.end(), false),
                        speaker == null, !document && !impersonal && !otherPronoun, document, impersonal && !document);
            }
        }
        if (verb.m().entry().has(TAIL)) {
            return null; // "jelas", "tegas" before a verb are adverbs: "X tegas menolak"
        }
        int i = verb.m().to();
        boolean comp = false;
        int e = i < toks.size() ? v.grammar.matchAt(Grammar.Kind.COMP, toks, i, toks.size()) : -1;
        if (e < 0 && !v.grammar.is(Grammar.Kind.ADJUNCT, toks, i)) {
            // "told reporters that", "told a regular press briefing on Monday that": the words
            // said begin after a complementizer in the verb's clause
            int c = compInClause(toks, i, s);
            int o = i;
            while (o < c && v.grammar.is(Grammar.Kind.ADVERB, toks, o)) {
                o++; // "condenó enérgicamente el ataque que ..."
            }
            if (c > i && verb.m().entry().has(OBJECT) && v.grammar.is(Grammar.Kind.DETERMINER, toks, o)) {
                // "condenó el bombardeo que dañó ...": "que" after the verb's object is relative
                c = -1;
            }
            if (c > i) {
                i = c;
                e = c;
            }
        }
        if (e < 0 && v.grammar.is(Grammar.Kind.ADJUNCT, toks, i)) {
            // "said in a statement that ...", "stated at a press conference on Monday"
            int c = compAfterAdjunct(toks, i);
            int k = subjectAfterAdjunct(toks, i);
            if (k > 0 && (c < 0 || k < c)) {
                // "said on Tuesday Finland would ...", "told reporters in Ankara it was ready": the
                // words said open with their subject right after a short time or place adjunct
                c = k;
            }
            if (c < 0 && !clauseAfterAdjunct(s, toks.get(i).start())) {
                return null;
            }
            if (c >= 0) {
                i = c;
                e = c;
            }
        }
        if (e > i) {
            comp = true;
            i = e;
        } else if (e == i && i > verb.m().to()) {
            comp = true;
        }
        if (i >= toks.size()) {
            return null;
        }
        String gap = v.text.substring(verb.end(), toks.get(i).start());
        if (gap.indexOf(':') >= 0 || gap.strip().equals(",")) {
            // "X said: ...", "Ia menambahkan, ...", "Er kündigte an, man werde ...": a colon or a comma
            // right after the verb opens the words said
            comp = true;
        }
        for (int k = 0; k < gap.length(); k++) {
            if (ArticleView.isQuote(gap.charAt(k))) {
                return null;
            }
        }
        if (verb.m().entry().has(COMP) && !comp) {
            return null;
        }
        int from = toks.get(i).start();
        if (!comp) {
            // "sagte der Nachrichtenagentur Interfax, Moskau werde ...": the words said follow the
            // addressee's comma
            int c = indexOf(',', from, sent.end());
            int n = c > from && c < sent.end() ? Tokens.of(v.text, from, c).size() : 0;
            if (n == 1 && invertsSubject() && v.grammar.is(Grammar.Kind.PRONOUN, toks, i)
                    && Tokens.of(v.text, c + 1, sent.end()).size() >= 3) {
                // "Zudem betonte er, Chile halte ...": the pronoun after the verb is its subject
                ActorMention p = personBefore(from, genderIn(toks.subList(i, i + 1)));
                if (p != null) {
                    int[] span = trim(c + 1, complementEnd(s, c + 1));
                    if (span != null && Tokens.of(v.text, span[0], span[1]).size() >= 3) {
                        return new Pending(new Speech(p.actor(), false, span[0], span[1], sent.start(), toks.get(i).end(),
                                true), false, true);
                    }
                }
            }
            if (n > 0 && n <= 2 && Tokens.of(v.text, c + 1, sent.end()).size() >= 3 && v.participantsIn(from, c).isEmpty()
                    && lowercaseWords(Tokens.of(v.text, from, c))) {
                // "betonte außerdem, Chile halte ...", "afirmó además, ...": an adverb after the verb
                // closes with its comma; the words said follow it
                i = Tokens.firstAtOrAfter(toks, c + 1);
                from = toks.get(i).start();
            } else if (n > 0 && Tokens.of(v.text, c + 1, sent.end()).size() >= 3 && (n <= 5 && onlyOutlets(from, c)
                    || n <= 8 && invertsSubject() && noSubjectBefore(toks, verb)
                    && (personOnly(from, c) || bodyOnly(toks, i, c)))) {
                // or the subject after the verb: "Am Montag sagte der Minister X, die Lage sei ernst"
                i = Tokens.firstAtOrAfter(toks, c + 1);
                from = toks.get(i).start();
            }
            List<ActorMention> first = v.participantsIn(from, toks.get(i).end());
            if (!first.isEmpty() && ArticleView.isOutlet(first.get(0).actor()) && first.get(0).start() == from) {
                // "told Reuters the talks had failed": the outlet told is no part of the words said;
                // "told Reuters on condition of anonymity" says no words at all
                int k = Tokens.firstAtOrAfter(toks, first.get(0).end());
                if (k >= toks.size() || onlyPunctuation(toks, k) || v.grammar.is(Grammar.Kind.ADJUNCT, toks, k)) {
                    return null;
                }
                i = k;
                from = toks.get(k).start();
            }
        }
        int to = complementEnd(s, from);
        if (relativeAfterComma(toks, verb)) {
            // "X, who said last week that Chile wanted talks, arrived ...": the relative clause ends
            // at its closing comma
            int close = indexOf(',', from, to);
            to = close > from ? close : to;
        }
        int[] span = trim(from, to);
        if (span == null || Tokens.of(v.text, span[0], span[1]).size() < 3) {
            return null;
        }
        Actor agent = agentSpeaker(toks, verb, i);
        if (agent == null) {
            agent = invertedSubject(toks, verb, i);
        }
        if (impersonal && agent == null && saidOf(toks, verb)) {
            return null; // "Chile dikatakan telah ...": what is said of someone, not by them
        }
        Actor speaker = agent != null ? agent : speakerOf(verb);
        if (speaker == null && verb.m().to() - verb.m().from() > 2 && invertsSubject()
                && noSubjectBefore(toks, verb)) {
            // a split verb with its subject inside ("Am Montag teilte das Ministerium mit, ...")
            speaker = pick(speakersIn(toks.get(verb.m().from() + 1).start(), toks.get(verb.m().to() - 1).start()),
                    false);
        }
        boolean documentRelative = documentRelative(toks, verb);
        if (documentRelative) {
            // "..., says the document, which assures that ...": the document speaks for its issuer
            speaker = null;
        }
        boolean pronoun = verb.m().from() > 0 && v.grammar.is(Grammar.Kind.PRONOUN, toks, verb.m().from() - 1);
        // "They said ...", "Mereka mengatakan ...": the body or state that spoke last
        boolean other = speaker == null && verb.m().from() > 0
                && v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, verb.m().from() - 1);
        if (other && verb.m().from() > 1 && (v.grammar.is(Grammar.Kind.RELATIVE, toks, verb.m().from() - 2)
                || v.grammar.is(Grammar.Kind.COMP, toks, verb.m().from() - 2))) {
            // "... sebagai tanggapan atas apa yang mereka sebut ...", "... ce qu'ils ont qualifié de
            // ...": "they" in a clause inside the sentence is its subject, or nobody known
            speaker = subjectBody(s);
            if (speaker == null) {
                return null;
            }
            other = false;
        }
        // "Katanya, ...", "Ujarnya, ...": a verb form naming its speaker opens the sentence
        boolean selfNamed = verb.m().entry().has(PERSON) && verb.m().from() == 0;
        // "The government statement said ...": a document with no body named speaks for its issuer
        boolean document = documentRelative || speaker == null && !pronoun && !other && verb.m().from() > 0
                && verb.m().from() <= 4 && v.grammar.is(Grammar.Kind.DOCUMENT, toks, verb.m().from() - 1);
        boolean described = speaker == null && !pronoun && !other && !document && describedSubject(toks, verb);
        if (speaker == null && !pronoun && !other && !selfNamed && !document && !impersonal && !described
                && !subjectDropped(toks, verb.m().from())) {
            return null;
        }
        Speech sp = new Speech(speaker, false, span[0], span[1], sent.start(), verb.end(), false);
        return new Pending(sp, speaker == null, !other && !document && !impersonal && !described, document,
                impersonal && !document, described);
    }

    /**
     * The agent of a passive speech verb ("it was announced by the ministry that ...", "diumumkan
     * oleh X bahwa ..."): the actor between the agent word right after the verb and the words said
     * at token {@code words}, else null.
     */
    private Actor agentSpeaker(List<Token> toks, Verb verb, int words) {
        int k = verb.m().to();
        if (k + 1 >= words || !v.grammar.is(Grammar.Kind.AGENT, toks, k)) {
            return null;
        }
        return pick(v.participantsIn(toks.get(k + 1).start(), toks.get(words - 1).end()), false);
    }

    /**
     * The subject after a verb that opens its clause ("Gefragt, ob ..., sagte der Minister X, es
     * gebe ..."; "Además, dijo el canciller X que ..."): with no word before the verb since the
     * last comma or the sentence start, a speaker (no outlet) between the verb and the words said
     * at token {@code words} is its subject; else null.
     */
    private Actor invertedSubject(List<Token> toks, Verb verb, int words) {
        int k = verb.m().from() - 1;
        boolean opens = k < 0 || v.text.substring(toks.get(k).end(), verb.start()).indexOf(',') >= 0;
        if (!opens && !(invertsSubject() && noSubjectBefore(toks, verb)) || words <= verb.m().to()) {
            return null;
        }
        List<ActorMention> ms = speakersIn(verb.end(), toks.get(words - 1).end());
        boolean person = ms.stream().anyMatch(m -> m.actor().type() == EntityType.Person);
        return person || bodyOnly(toks, verb.m().to(), toks.get(words - 1).end()) ? pick(ms, false) : null;
    }

    /**
     * True when the words from token {@code i} up to {@code end} are a body or state and at most
     * one more word (an article), with no object marker first ("Nach dem Treffen sagte die
     * Regierung Chiles, ..."; not "sagte dem Sender, ..."): the subject after the verb.
     */
    private boolean bodyOnly(List<Token> toks, int i, int end) {
        if (i >= toks.size() || toks.get(i).start() >= end || v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, i)) {
            return false;
        }
        List<Token> words = Tokens.of(v.text, toks.get(i).start(), end);
        List<ActorMention> ms = speakersIn(toks.get(i).start(), end);
        return !ms.isEmpty() && words.size() - coveredTokens(words, ms) <= 1;
    }

    /**
     * True in a language that may put the subject after the verb ("Am Montag sagte der Minister",
     * "Además dijo el canciller"): one that lists object markers, which tell an object after the
     * verb from its subject.
     */
    private boolean invertsSubject() {
        return v.grammar.has(Grammar.Kind.OBJECT_MARKER);
    }

    /**
     * True when the clause of the verb names nobody before it and no pronoun stands right before
     * it ("Am Montag sagte ...", "Auf die Frage nach ... sagte ..."): its subject, if any, follows.
     */
    private boolean noSubjectBefore(List<Token> toks, Verb verb) {
        TextSpan sent = v.sentences.get(verb.sentence());
        int comma = lastIndexOf(',', verb.start(), sent.start());
        int from = comma > sent.start() ? comma + 1 : sent.start();
        int k = verb.m().from() - 1;
        return (v.participantsIn(from, verb.start()).isEmpty() || prepositionOpens(toks, from, verb))
                && !v.grammar.is(Grammar.Kind.PRONOUN, toks, k) && !v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, k);
    }

    /**
     * True when a preposition opens the clause of the verb ({@code from} is the clause start) and
     * no comma stands between it and the verb: the words before the verb are one prepositional
     * phrase, whose actors are no subject ("In einem Interview mit der ARD sagte der Minister X,
     * ...", "Nach dem Treffen mit Peru sagte X, ...").
     */
    private boolean prepositionOpens(List<Token> toks, int from, Verb verb) {
        int first = Tokens.firstAtOrAfter(toks, from);
        return first < verb.m().from() && (v.grammar.is(Grammar.Kind.OBJECT_MARKER, toks, first)
                || v.grammar.is(Grammar.Kind.LOCATIVE, toks, first));
    }

    /**
     * True when the verb opens a relative clause on a document noun that names no body ("...,
     * says the document, which assures that ..."): the document speaks for its issuer.
     */
    private boolean documentRelative(List<Token> toks, Verb verb) {
        int rel = verb.m().from() - 1;
        return relativeAfterComma(toks, verb) && rel >= 1 && v.grammar.is(Grammar.Kind.DOCUMENT, toks, rel - 1)
                && v.participantsIn(toks.get(rel - 1).start(), toks.get(rel - 1).end()).isEmpty();
    }

    /** True when a relative word set off by a comma stands right before the verb (", who said", ", yang mengatakan"). */
    private boolean relativeAfterComma(List<Token> toks, Verb verb) {
        int k = verb.m().from() - 1;
        if (k < 0 || !v.grammar.is(Grammar.Kind.RELATIVE, toks, k)) {
            return false;
        }
        int sentStart = v.sentences.get(verb.sentence()).start();
        String before = v.text.substring(k > 0 ? toks.get(k - 1).end() : sentStart, toks.get(k).start());
        return before.indexOf(',') >= 0;
    }

    /**
     * The token after a complementizer that follows an adjunct opened at {@code i} ("in a
     * statement that", "pada Senin (5/7), bahwa"), within a few words; -1 when there is none.
     */
    private int compAfterAdjunct(List<Token> toks, int i) {
        for (int k = i + 1; k < Math.min(toks.size(), i + 10); k++) {
            int e = v.grammar.matchAt(Grammar.Kind.COMP, toks, k, toks.size());
            if (e > k) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The token where a subject opens (an actor or a pronoun, at least three words before the
     * sentence end) after a short adjunct opened at {@code i} whose other words are adjunct words,
     * capitalized names or numbers ("on Tuesday", "in Ankara on Monday"), with no punctuation
     * between; -1 when there is none.
     */
    private int subjectAfterAdjunct(List<Token> toks, int i) {
        for (int k = i + 1; k < Math.min(toks.size() - 2, i + 5); k++) {
            Token t = toks.get(k);
            if (!v.text.substring(toks.get(k - 1).end(), t.start()).isBlank()) {
                return -1;
            }
            List<ActorMention> at = v.participantsIn(t.start(),
                    Math.min(toks.get(toks.size() - 1).end(), t.start() + NAME_WINDOW));
            // a place right after a preposition belongs to the adjunct ("in Ankara", a capital: the state)
            boolean actor = !at.isEmpty() && at.get(0).start() == t.start()
                    && !v.grammar.is(Grammar.Kind.ADJUNCT, toks, k - 1);
            if (k > i + 1 && (actor || v.grammar.is(Grammar.Kind.PRONOUN, toks, k)
                    || v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, k))) {
                return k;
            }
            char c = v.text.charAt(t.start());
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || v.grammar.is(Grammar.Kind.ADJUNCT, toks, k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token after a complementizer within eight words after {@code i}, with no comma, quote or
     * other speech verb between; -1 when there is none.
     */
    private int compInClause(List<Token> toks, int i, int s) {
        if (i >= toks.size()) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 8); k++) {
            String gap = v.text.substring(toks.get(k - 1).end(), toks.get(k).start());
            if (gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf('.') >= 0 || containsQuote(
                    toks.get(k - 1).end(), toks.get(k).start()) || speechVerbAt(s, toks.get(k))) {
                return -1;
            }
            int e = v.grammar.matchAt(Grammar.Kind.COMP, toks, k, toks.size());
            if (e > k) {
                return e;
            }
        }
        return -1;
    }

    /**
     * {@code text.lastIndexOf(c, from)} looking no further back than {@code floor} (-1 below it):
     * the callers compare with the sentence start, and an unbounded search through an endless
     * unpunctuated text at every speech verb would be quadratic.
     */
    private int lastIndexOf(char c, int from, int floor) {
        for (int i = Math.min(from, v.text.length() - 1); i >= Math.max(0, floor); i--) {
            if (v.text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text.indexOf(c, from)} looking no further than {@code ceiling} (-1 past it); see {@link #lastIndexOf}. */
    private int indexOf(char c, int from, int ceiling) {
        for (int i = Math.max(0, from); i <= ceiling && i < v.text.length(); i++) {
            if (v.text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when an adjunct opened at {@code from} ends at a comma and more words follow ("semasa lawatan itu, X"). */
    private boolean clauseAfterAdjunct(int s, int from) {
        TextSpan sent = v.sentences.get(s);
        int comma = indexOf(',', from, sent.end());
        return comma > 0 && comma < sent.end() && Tokens.of(v.text, comma + 1, sent.end()).size() >= 3;
    }

    /**
     * True when the words between a comma and a speech verb are a titled name ending at the
     * verb: ", Deputy Foreign Minister Sergei Ryabkov told": uncovered words capitalized.
     */
    private boolean titledName(List<Token> between, List<ActorMention> named) {
        if (named.isEmpty() || between.size() > 8) {
            return false;
        }
        ActorMention last = named.get(named.size() - 1);
        if (last.end() < between.get(between.size() - 1).end()) {
            return false;
        }
        for (Token t : between) {
            boolean covered = false;
            for (ActorMention m : named) {
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered && !Character.isUpperCase(v.text.charAt(t.start()))) {
                return false;
            }
        }
        return true;
    }

    private static int coveredTokens(List<Token> toks, List<ActorMention> ms) {
        int n = 0;
        for (Token t : toks) {
            for (ActorMention m : ms) {
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private boolean containsQuote(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ArticleView.isQuote(v.text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a speech verb: nearest person, else organization, else state before it. */
    /** True for a short lowercase word (an object clitic such as "le", "les", "se", "ihm"). */
    private static boolean clitic(Token t) {
        return t.kind() == Token.Kind.WORD && t.text().length() <= CLITIC_CHARS
                && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * The party sentence {@code s} opens with as subject, in its first {@value #OPENING_WORDS}
     * words (a person named in apposition to it counts as that subject: "El canciller de X, Y,
     * ..."); null if none opens it before token {@code limit}.
     */
    private Actor openingSubject(int s, List<Token> toks, int limit) {
        TextSpan sent = v.sentences.get(s);
        List<ActorMention> all = v.participantsIn(sent.start(), toks.get(limit).start());
        if (all.isEmpty() || Tokens.of(v.text, sent.start(), all.get(0).start()).size() > OPENING_WORDS) {
            return null;
        }
        ActorMention first = all.get(0);
        if (first.actor().type() == EntityType.Person) {
            return first.actor();
        }
        for (ActorMention m : all.subList(1, all.size())) {
            String gap = v.text.substring(first.end(), m.start());
            if (gap.length() > APPOSITION_GAP) {
                break;
            }
            if (m.actor().type() == EntityType.Person && gap.indexOf(',') >= 0) {
                return m.actor();
            }
        }
        return first.actor();
    }

    private Actor speakerOf(Verb verb) {
        TextSpan sent = v.sentences.get(verb.sentence());
        List<Token> toks = v.tokens(verb.sentence());
        if (verb.m().entry().has(PARTICIPLE)) {
            List<ActorMention> all = v.participantsIn(sent.start(), verb.start());
            for (ActorMention m : all) {
                if (m.actor().type() == EntityType.Person) {
                    return m.actor();
                }
            }
            return all.isEmpty() ? null : all.get(0).actor();
        }
        int before = verb.m().from() - 1;
        List<ActorMention> at = before >= 0 ? v.participantsIn(toks.get(before).start(), toks.get(before).end()) : List.of();
        boolean covered = !at.isEmpty();
        if (covered && "pronoun".equals(at.get(0).how()) && v.grammar.is(Grammar.Kind.PRONOUN, toks, before)) {
            // "He said ..." that coreference gave the only person of the sentence before: the
            // last person the pronoun's gender fits ("Anna X met Li Y. ... He said ...")
            ActorMention p = personBefore(toks.get(before).start(), genderIn(toks.subList(before, before + 1)));
            if (p != null) {
                return p.actor();
            }
        }
        if (before >= 0 && !covered) {
            if (v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, before)) {
                return null;
            }
            if (v.grammar.is(Grammar.Kind.PRONOUN, toks, before)) {
                ActorMention p = personBefore(toks.get(before).start(), genderIn(toks.subList(before, before + 1)));
                return p == null ? null : p.actor();
            }
        }
        int comma = Math.max(lastIndexOf(',', verb.start(), sent.start()), lastIndexOf(';', verb.start(), sent.start()));
        int from = comma > sent.start() ? comma + 1 : sent.start();
        int first = Tokens.firstAtOrAfter(toks, from);
        if (first < verb.m().from() && verb.m().from() - first <= 3
                && v.participantsIn(toks.get(first).start(), verb.start()).isEmpty()) {
            // a pronoun opening the verb's clause with an adverb or two before the verb ("Dalam
            // kesempatan itu, dia juga menyampaikan ...", "He also said ...")
            if (v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, first)) {
                return null;
            }
            if (v.grammar.is(Grammar.Kind.PRONOUN, toks, first)) {
                ActorMention p = personBefore(toks.get(first).start(), genderIn(toks.subList(first, first + 1)));
                return p == null ? null : p.actor();
            }
        }
        // (an object clitic may stand between: "y le pidió que ...")
        int coord = before >= 0 && v.grammar.is(Grammar.Kind.COORD, toks, before) ? before
                : before >= 1 && v.grammar.is(Grammar.Kind.COORD, toks, before - 1) && clitic(toks.get(before))
                        ? before - 1 : -1;
        if (coord >= 0) {
            // "X acusó a Madrid de ... y anunció que ...": a speech verb coordinated with an earlier
            // one in its sentence has that verb's subject
            Verb earlier = null;
            for (Verb o : verbs) {
                if (o != verb && o.sentence() == verb.sentence() && o.end() <= toks.get(coord).start()
                        && !o.m().entry().prep() && !o.m().entry().has(PARTICIPLE)) {
                    earlier = o;
                }
            }
            Actor a = earlier == null ? null : speakerOf(earlier);
            if (a != null) {
                return a;
            }
            // "X convocó al embajador tras las palabras de Y y le pidió que ...", "X bestellte den
            // Botschafter ein und forderte, dass ...": with no speech verb before, the subject the
            // sentence opens with, not the last party named in the first predicate's object
            a = openingSubject(verb.sentence(), toks, coord);
            if (a != null) {
                return a;
            }
        }
        if (comma > sent.start() && first < verb.m().from()) {
            // "X urged Y's minister, Z, to act, but stressed that ...", "si bien aclaró que ...": a
            // verb right after a contrast word that opens its clause has the sentence's subject
            int end = v.grammar.matchAt(Grammar.Kind.CONTRAST, toks, first, verb.m().from());
            if (end > first && verb.m().from() - end <= 1
                    && v.participantsIn(toks.get(first).start(), verb.start()).isEmpty()) {
                Actor a = pick(speakersIn(sent.start(), toks.get(first).start()), false);
                if (a != null) {
                    return a;
                }
            }
        }
        Actor antecedent = comma > sent.start() ? antecedent(toks, verb, comma) : null;
        if (antecedent != null) {
            return antecedent;
        }
        for (int k = verb.m().from() - 2; k >= first; k--) {
            if (v.grammar.is(Grammar.Kind.SUBORDINATOR, toks, k)
                    && !v.participantsIn(toks.get(k).end(), verb.start()).isEmpty()) {
                // "X menghadapi kritik setelah Peru menuduh ...", "X was criticized after Peru accused
                // ...": the verb of an adverbial clause has the subject of that clause
                from = toks.get(k).end();
                break;
            }
        }
        Actor a = pick(v.participantsIn(from, verb.start()), true);
        if (a == null && from > sent.start()) {
            // the subject before an inserted clause ("X, cité par l'AFP, a affirmé ...", "X, seperti
            // dikutip Reuters, mengatakan ..."): a news outlet credited in it is no speaker
            a = pick(speakersIn(sent.start(), verb.start()), true);
        }
        return a;
    }

    /**
     * The actor named right before the comma when only a relative word stands between the comma
     * and the speech verb ("la reacción de Rabat, que rechazó ...", "the ministry, which said ..."):
     * the relative clause's subject is its antecedent. Null otherwise.
     */
    private Actor antecedent(List<Token> toks, Verb verb, int comma) {
        int k = verb.m().from() - 1;
        if (k < 1 || toks.get(k).start() <= comma || toks.get(k - 1).end() > comma + 1
                || !v.grammar.is(Grammar.Kind.RELATIVE, toks, k) && !v.grammar.is(Grammar.Kind.COMP, toks, k)) {
            return null;
        }
        ActorMention last = null;
        for (ActorMention m : v.participantsIn(v.sentences.get(verb.sentence()).start(), comma)) {
            last = m;
        }
        return last != null && v.text.substring(last.end(), comma).isBlank() ? last.actor() : null;
    }

    /** Person, else organization, else state; the one nearest the verb ({@code last}) or first. */
    private static Actor pick(List<ActorMention> ms, boolean last) {
        for (EntityType type : List.of(EntityType.Person, EntityType.Organization, EntityType.Country)) {
            ActorMention best = null;
            for (ActorMention m : ms) {
                if (m.actor().type() == type && (best == null || last)) {
                    best = m;
                }
            }
            if (best != null) {
                return best.actor();
            }
        }
        return null;
    }

    /**
     * The speaker named after a tail verb (from {@code from} to the clause end): a person, else a
     * person in apposition right after the comma ("..., said the president of Peru, Jorge Salas"),
     * else a body or state of the clause.
     */
    private Actor speakerAfter(int from, int s) {
        int end = clauseEndAfter(from, s);
        List<ActorMention> ms = speakersIn(from, end);
        ActorMention appos = appositionAfter(from, s);
        if (appos != null) {
            return appos.actor();
        }
        return pick(ms, false);
    }

    /**
     * The person named in apposition after the role noun or body that follows a speech verb at
     * {@code from} ("..., sagte die Sprecherin des Ministeriums, X, am Montag", "said the country's
     * foreign minister, X, at ..."): the words up to the first comma name no person and are few, and
     * a person's name alone stands between that comma and the next one or the sentence end; else null.
     */
    private ActorMention appositionAfter(int from, int s) {
        TextSpan sent = v.sentences.get(s);
        int end = clauseEndAfter(from, s);
        List<ActorMention> ms = speakersIn(from, end);
        if (end >= sent.end() || v.text.charAt(end) != ',' || Tokens.of(v.text, from, end).size() > 14
                || ms.isEmpty() && Tokens.of(v.text, from, end).size() < 3) {
            return null;
        }
        int next = end + 1;
        while (next < v.text.length() && Character.isWhitespace(v.text.charAt(next))) {
            next++;
        }
        int close = clauseEndAfter(next, s);
        for (ActorMention m : v.participantsIn(next, close)) {
            if (m.start() == next && m.actor().type() == EntityType.Person
                    && Tokens.of(v.text, m.end(), close).isEmpty()
                    && ms.stream().allMatch(o -> o.actor().type() != EntityType.Person || o.actor().equals(m.actor()))) {
                return m; // a role noun before the comma may already name the same person
            }
        }
        return null;
    }

    /**
     * True when a person's name opens right after the verb and a comma closes it ("said John
     * Miller, an analyst ...", "said Ingrid Dahl, the Norwegian foreign minister, in Oslo").
     */
    private boolean namedThenComma(List<Token> toks, Verb verb) {
        int k = verb.m().to();
        if (k >= toks.size()) {
            return false;
        }
        Token t = toks.get(k);
        for (ActorMention m : v.participantsIn(t.start(), Math.min(toks.get(toks.size() - 1).end(), t.start() + NAME_WINDOW))) {
            if (m.start() == t.start() && m.actor().type() == EntityType.Person) {
                int i = m.end();
                while (i < v.text.length() && v.text.charAt(i) == ' ') {
                    i++;
                }
                return i < v.text.length() && v.text.charAt(i) == ',';
            }
        }
        return false;
    }

    /**
     * Who may speak at a tail verb in {@code [from, to)}: participants except news outlets, which
     * the text credits as its source ("kata ... seperti dilapor Bernama", "said, citing Reuters").
     */
    private List<ActorMention> speakersIn(int from, int to) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : v.participantsIn(from, to)) {
            if (!ArticleView.isOutlet(m.actor())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * True in a language that drops subjects when the words before the verb at {@code verb} are
     * only subject-drop words and punctuation ("Además, informó de que ..."): the verb's subject is
     * the last person who spoke.
     */
    private boolean subjectDropped(List<Token> toks, int verb) {
        if (!v.grammar.has(Grammar.Kind.SUBJECT_DROP)) {
            return false;
        }
        for (int k = 0; k < verb; k++) {
            String w = toks.get(k).norm();
            boolean word = !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
            if (word && !v.grammar.is(Grammar.Kind.SUBJECT_DROP, toks, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an actor is named within eight words after the verb's first word ("said the
     * minister X", "indique un communiqué du Quai d'Orsay", "heißt es in einer Erklärung der
     * Regierung Polens").
     */
    private boolean speakerNear(Verb verb, int s) {
        List<Token> toks = v.tokens(s);
        int last = Math.min(toks.size(), Math.max(verb.m().to(), verb.m().from() + 9)) - 1;
        if (last <= verb.m().from()) {
            return false;
        }
        return !v.startingIn(toks.get(verb.m().from()).end(), toks.get(last).end()).isEmpty();
    }

    /** The words before {@code comma}, said by the last person who spoke (resolved later). */
    private Pending tailByLastSpeaker(TextSpan sent, int comma, Verb verb) {
        int[] span = trim(sent.start(), comma);
        if (span == null || overlapsAttributedQuote(span[0], span[1])) {
            return null;
        }
        return new Pending(new Speech(null, false, span[0], span[1], comma + 1, verb.end(), false), true, true);
    }

    /**
     * "Hal itu disampaikan Menlu X", "Así lo afirmó X", "C'est ce qu'a déclaré X", "Das sagte X":
     * the words said are the sentence before (when no one is named as saying them), the speaker is
     * named after the verb.
     */
    private Pending backOrTail(Verb verb) {
        List<Token> toks = v.tokens(verb.sentence());
        int k = verb.m().from();
        if (k > 0 && v.text.substring(toks.get(k - 1).end(), verb.start()).indexOf(',') >= 0) {
            // "Chile siap berunding, demikian kata X": the words said stand before the comma
            Pending p = reported(verb);
            return p != null && p.speech().end() <= verb.start() ? p : null;
        }
        return backReference(verb);
    }

    private Pending backReference(Verb verb) {
        int s = verb.sentence();
        if (s == 0) {
            return null;
        }
        TextSpan sent = v.sentences.get(s);
        Actor speaker = pick(speakersIn(verb.end(), sent.end()), false);
        if (speaker == null) {
            return null;
        }
        TextSpan prev = v.sentences.get(s - 1);
        int[] span = trim(prev.start(), prev.end());
        if (span == null || Tokens.of(v.text, span[0], span[1]).size() < 3) {
            return null;
        }
        for (Verb other : verbs) {
            if (other.sentence() == s - 1 && !other.m().entry().has(BACK)) {
                return null; // the sentence before names its own speaker
            }
        }
        boolean quote = containsQuote(span[0], span[1]);
        if (quote) {
            int[] q = quoteContaining(span[0] + 1);
            if (q != null) {
                int[] c = content(q);
                span = c == null ? span : c;
            }
        }
        return new Pending(new Speech(speaker, quote, span[0], span[1], sent.start(), sent.end(), false), false,
                true);
    }

    /** True when {@code [from, to)} names a news outlet and no other actor. */
    /**
     * True when {@code [from, to)} names a person and no other participant but outlets (a titled
     * name: "der chilenische Außenminister Alberto Vargas"; the title's country is part of it).
     */
    private boolean personOnly(int from, int to) {
        List<ActorMention> ms = speakersIn(from, to);
        boolean person = false;
        for (ActorMention m : ms) {
            person |= m.actor().type() == EntityType.Person;
        }
        return person && ms.stream().allMatch(m -> m.actor().type() == EntityType.Person
                || m.actor().country() != null && ms.stream().anyMatch(p -> p.actor().type() == EntityType.Person
                && m.actor().country().equals(p.actor().country())));
    }

    private boolean onlyOutlets(int from, int to) {
        List<ActorMention> ms = v.participantsIn(from, to);
        return !ms.isEmpty() && ms.stream().allMatch(m -> ArticleView.isOutlet(m.actor()));
    }

    /** True when a person's name ends right before {@code comma}. */
    private boolean personEndsAt(int comma) {
        int b = comma;
        while (b > 0 && Character.isWhitespace(v.text.charAt(b - 1))) {
            b--;
        }
        for (ActorMention m : v.mentionsIn(Math.max(0, b - 80), b)) {
            if (m.end() == b && m.actor().type() == EntityType.Person) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a clause of reported words follows the verb without "that": a pronoun or an actor
     * and at least two more words before the clause ends ("In a statement, the ministry said it had
     * lodged a protest").
     */
    private boolean clauseFollows(Verb verb, int s) {
        List<Token> toks = v.tokens(s);
        int i = verb.m().to();
        if (i >= toks.size()) {
            return false;
        }
        int end = clauseEndAfter(verb.end(), s);
        if (Tokens.of(v.text, verb.end(), end).size() < 3) {
            return false;
        }
        Token t = toks.get(i);
        if (v.grammar.is(Grammar.Kind.PRONOUN, toks, i) || v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, i)) {
            return true;
        }
        List<ActorMention> first = v.participantsIn(t.start(), t.end());
        if (!first.isEmpty()) {
            // "..., X told Reuters on Monday", "..., dijo a EFE": a news outlet right after the verb
            // is whom the words were told, no subject of a clause of its own
            return !addressedOutlet(first.get(0), toks, s, end);
        }
        // "Speaking to reporters in Lima, the minister said the border would stay open": an article
        // opens a clause of four or more words that names nobody (an addressee or outlet would be
        // named) and is no short noun phrase before an adjunct ("told the state broadcaster on Sunday")
        if (!v.grammar.is(Grammar.Kind.DETERMINER, toks, i) || Tokens.of(v.text, verb.end(), end).size() < 4
                || !v.participantsIn(verb.end(), end).isEmpty()) {
            return false;
        }
        for (int k = i + 1; k <= i + 3 && k < toks.size(); k++) {
            if (v.grammar.is(Grammar.Kind.ADJUNCT, toks, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the words before {@code comma} end with an inserted clause crediting a news outlet
     * and nobody else, after an actor named before its own comma ("X, seperti dikutip Reuters,
     * mengatakan ...", "X, cité par l'AFP, a affirmé ..."): X is the subject of the verb that follows.
     */
    private boolean creditInserted(int from, int comma) {
        int inner = lastIndexOf(',', comma - 1, from);
        return inner > from && onlyOutlets(inner + 1, comma) && !speakersIn(from, inner).isEmpty();
    }

    /**
     * True when the words in {@code [from, to)} are names and capitalized title words only
     * ("Jurucakap Kementerian Luar Negeri Peru, Ana Torres berkata ...", "La portavoz de la
     * Cancillería, Ana Torres señaló ..."): the office of the speaker in apposition, not words said.
     */
    private boolean namesOnly(int from, int to) {
        List<Token> words = Tokens.of(v.text, from, to);
        List<ActorMention> ms = v.participantsIn(from, to);
        if (ms.isEmpty() || words.size() > 10) {
            return false;
        }
        int uncovered = 0;
        int lower = 0;
        for (Token t : words) {
            boolean covered = false;
            for (ActorMention m : ms) {
                covered |= t.start() >= m.start() && t.end() <= m.end();
            }
            if (!covered && !v.grammar.is(Grammar.Kind.DETERMINER, List.of(t), 0)
                    && !v.grammar.is(Grammar.Kind.POSSESSIVE, List.of(t), 0)) {
                uncovered++;
                if (!Character.isUpperCase(v.text.charAt(t.start()))) {
                    lower++;
                }
            }
        }
        // an office is written capitalized ("Jurucakap Kementerian Luar Negeri"), at most one
        // lowercase word in it ("Juru bicara ...")
        return uncovered <= 6 && lower <= 1 && lower < uncovered;
    }

    /**
     * True when an actor is named before an impersonal verb in its clause, not inside an opening
     * prepositional phrase or as a document ("Chile dikatakan telah ...", "Chile is said to ..."):
     * the words are said of that actor, by nobody named.
     */
    private boolean saidOf(List<Token> toks, Verb verb) {
        int from = clauseStart(toks, verb);
        if (prepositionOpens(toks, from, verb)) {
            return false;
        }
        for (ActorMention m : v.participantsIn(from, verb.start())) {
            if (!"document".equals(m.how())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the verb's subject is a common noun with a demonstrative and nothing else, opening
     * its sentence ("Pejabat itu menyebut ...", "Jurucakap tersebut berkata ...", "This official
     * said ...", "Ce responsable a affirmé ..."): someone described, not named, who spoke lately.
     */
    private boolean describedSubject(List<Token> toks, Verb verb) {
        if (verb.m().from() != 2 || !v.mentionsIn(toks.get(0).start(), toks.get(1).end()).isEmpty()
                || v.grammar.is(Grammar.Kind.DOCUMENT, toks, 0) || v.grammar.is(Grammar.Kind.DOCUMENT, toks, 1)) {
            return false;
        }
        return v.grammar.is(Grammar.Kind.DEMONSTRATIVE_AFTER, toks, 1)
                || v.grammar.is(Grammar.Kind.DEMONSTRATIVE_BEFORE, toks, 0);
    }

    /**
     * The speaker of the last statement before {@code offset} when it is attributed in the sentence
     * of {@code offset} or the two before; null otherwise.
     */
    private Actor recentSpeaker(List<Speech> before, int offset) {
        int sent = v.sentenceAt(offset);
        for (int i = before.size() - 1; i >= 0; i--) {
            Speech s = before.get(i);
            if (s.start() < offset) {
                int at = v.sentenceAt(Math.max(s.attrStart(), s.attrEnd() - 1));
                return at >= 0 && sent - at <= 2 ? s.speaker() : null;
            }
        }
        return null;
    }

    /** Start offset of the clause of the verb: after the last comma or semicolon before it, else the sentence start. */
    private int clauseStart(List<Token> toks, Verb verb) {
        TextSpan sent = v.sentences.get(verb.sentence());
        int comma = Math.max(lastIndexOf(',', verb.start(), sent.start()),
                lastIndexOf(';', verb.start(), sent.start()));
        return comma > sent.start() ? comma + 1 : sent.start();
    }

    /**
     * The body or state that opens the sentence before {@code offset} as its subject ("The ministry
     * summoned the envoy."); see {@link #subjectBody}.
     */
    private Actor bodyBefore(int offset) {
        int s = v.sentenceAt(offset);
        if (s <= 0) {
            return null;
        }
        return subjectBody(s - 1);
    }

    /**
     * The body or state that opens sentence {@code s} as its subject (at most one article before
     * it: "The Chilean foreign ministry summoned ..."; a state right before a body of its own,
     * "Chile's foreign ministry", gives the body); null when the sentence opens otherwise, with a
     * person or a word of its own ("Junta Niger ..." when the junta is not known).
     */
    private Actor subjectBody(int s) {
        TextSpan sent = v.sentences.get(s);
        List<ActorMention> ms = speakersIn(sent.start(), sent.end());
        if (ms.isEmpty() || ms.get(0).actor().type() == EntityType.Person) {
            return null;
        }
        List<Token> lead = Tokens.of(v.text, sent.start(), ms.get(0).start());
        if (lead.size() > 1 || lead.size() == 1 && !v.grammar.is(Grammar.Kind.DETERMINER, lead, 0)) {
            return null;
        }
        Actor first = ms.get(0).actor();
        if (first.type() == EntityType.Country && ms.size() > 1) {
            Actor next = ms.get(1).actor();
            boolean near = Tokens.of(v.text, ms.get(0).end(), ms.get(1).start()).size() <= 3;
            if (near && next.type() == EntityType.Organization && first.country() != null
                    && first.country().equals(next.country())) {
                return next;
            }
        }
        return first.type() == EntityType.Organization || first.type() == EntityType.Country ? first : null;
    }

    /**
     * True when {@code m} is a news outlet after which its clause (ending at {@code end}) holds
     * nothing but an adjunct ("told Reuters on Monday", "told AFP in an interview"): the addressee.
     */
    private boolean addressedOutlet(ActorMention m, List<Token> toks, int s, int end) {
        if (!ArticleView.isOutlet(m.actor())) {
            return false;
        }
        int k = Tokens.firstAtOrAfter(toks, m.end());
        return k >= toks.size() || toks.get(k).start() >= end || onlyPunctuation(toks, k)
                || v.grammar.is(Grammar.Kind.ADJUNCT, toks, k);
    }

    /**
     * True when the words before {@code comma} are a short adjunct opening the sentence ("In a
     * statement, ...", "Pada Senin, ..."), not words said.
     */
    private boolean introductoryAdjunct(int s, int comma) {
        TextSpan sent = v.sentences.get(s);
        List<Token> before = Tokens.of(v.text, sent.start(), comma);
        if (!before.isEmpty() && v.grammar.matchAt(Grammar.Kind.QUESTION, before, 0, before.size()) > 0) {
            return true; // "Asked whether ..., X said ...": the question put to the speaker
        }
        return before.size() <= 6 && !before.isEmpty() && v.grammar.is(Grammar.Kind.ADJUNCT, before, 0)
                && v.participantsIn(sent.start(), comma).isEmpty();
    }

    /**
     * True when the words between a comma and a speech verb open a new clause with a contrast or
     * relative word ("..., while Seoul called for", "..., who said"): the words before the comma
     * are not what the verb reports.
     */
    private boolean opensClause(List<Token> between) {
        return !between.isEmpty() && (v.grammar.is(Grammar.Kind.CONTRAST, between, 0)
                || v.grammar.is(Grammar.Kind.RELATIVE, between, 0));
    }

    /**
     * True when a relative clause set off by commas ends at {@code comma} ("Hayashi, who spoke to
     * reporters, said ..."; "Retno, yang tiba pagi itu, mengatakan ..."): the words before the
     * comma are the verb's subject, not words said.
     */
    private boolean relativeClauseBefore(int from, int comma) {
        int inner = lastIndexOf(',', comma - 1, from);
        if (inner <= from) {
            return false;
        }
        List<Token> after = Tokens.of(v.text, inner + 1, comma);
        return !after.isEmpty() && v.grammar.is(Grammar.Kind.RELATIVE, after, 0)
                && !v.participantsIn(from, inner).isEmpty();
    }

    /**
     * True when the verb stands right after the comma and an actor is named closely after it, with no
     * complementizer in its clause ("..., a annoncé le ministère chilien des Affaires étrangères",
     * "..., anunció el canciller X"): the inverted tail of a verb that otherwise needs "that".
     */
    private boolean invertedSpeaker(Verb verb, int s, int comma) {
        TextSpan sent = v.sentences.get(s);
        if (comma <= sent.start() || !v.text.substring(comma + 1, verb.start()).isBlank() || !speakerNear(verb, s)) {
            return false;
        }
        List<Token> toks = v.tokens(s);
        int end = clauseEndAfter(verb.end(), s);
        for (int k = verb.m().to(); k < toks.size() && toks.get(k).start() < end; k++) {
            if (v.grammar.matchAt(Grammar.Kind.COMP, toks, k, toks.size()) > k) {
                return false;
            }
        }
        return true;
    }

    /** True when the tokens are all covered by participants or are one subject pronoun ('"..." he warned'). */
    private boolean subjectOnly(List<Token> toks) {
        if (toks.isEmpty()) {
            return true;
        }
        if (toks.size() == 1 && (v.grammar.is(Grammar.Kind.PRONOUN, toks, 0)
                || v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, 0))) {
            return true;
        }
        return coveredTokens(toks, v.participantsIn(toks.get(0).start(), toks.get(toks.size() - 1).end()))
                == toks.size();
    }

    /**
     * True when token {@code at} is a lowercase verb form ({@code grammar.tsv} kind verb-form, id/ms
     * meN-, ber-; not di-, which also opens nouns, nor a pronoun) that opens no speaker's name or role: a short tail verb before it is an
     * adverb ("..., jelas menunjukkan ...", "X tegas menolak"), not "..., kata menteri itu".
     */
    private boolean adverbBeforeVerb(List<Token> toks, int at) {
        if (at >= toks.size() || !v.grammar.has(Grammar.Kind.VERB_FORM)
                || !v.grammar.is(Grammar.Kind.VERB_FORM, toks, at)
                // di- also opens nouns ("kata diplomat itu", "ujar direktur"); pronouns ("kata mereka")
                || v.grammar.is(Grammar.Kind.BARE_AGENT, toks, at) || v.grammar.is(Grammar.Kind.PRONOUN, toks, at)
                || v.grammar.is(Grammar.Kind.PRONOUN_OTHER, toks, at)
                || v.grammar.is(Grammar.Kind.FIRST_PERSON, toks, at)) {
            return false;
        }
        Token t = toks.get(at);
        String word = v.text.substring(t.start(), t.end());
        return word.equals(word.toLowerCase(Locale.ROOT)) && speakersIn(t.start(), t.end()).isEmpty();
    }

    /**
     * True when a verb that needs "that" closes the words said before it: the clause ends after it,
     * or only its speaker or an adjunct follows ("..., X warned.", "..., a déclaré le président X",
     * "..., the ministry announced in a statement").
     */
    private boolean tailCloses(Verb verb, int s) {
        TextSpan sent = v.sentences.get(s);
        int comma = lastIndexOf(',', verb.start(), sent.start());
        return clauseEndsAfter(verb, sent) || speakerCloses(verb, s) || invertedSpeaker(verb, s, comma)
                || adjunctCloses(verb, s) || pronounCloses(verb, s) || appositionAfter(verb.start(), s) != null;
    }

    /** True when a personal pronoun alone follows the verb up to its clause end ("..., dijo ella."). */
    private boolean pronounCloses(Verb verb, int s) {
        List<Token> after = Tokens.of(v.text, verb.end(), clauseEndAfter(verb.end(), s));
        return after.size() == 1 && v.grammar.is(Grammar.Kind.PRONOUN, after, 0);
    }

    /**
     * True when only an adjunct follows the verb in its clause, with no complementizer ("..., the
     * ministry announced in a press release.", "..., X warned on Monday, as ..."): the verb closes
     * the words said before it.
     */
    private boolean adjunctCloses(Verb verb, int s) {
        List<Token> toks = v.tokens(s);
        if (!v.grammar.is(Grammar.Kind.ADJUNCT, toks, verb.m().to())) {
            return false;
        }
        int end = clauseEndAfter(verb.end(), s);
        for (int k = verb.m().to(); k < toks.size() && toks.get(k).start() < end; k++) {
            if (v.grammar.matchAt(Grammar.Kind.COMP, toks, k, toks.size()) > k) {
                return false;
            }
        }
        return true;
    }

    /** True when only an actor named right after the verb follows it in its clause ("..., so Pistorius."). */
    private boolean speakerCloses(Verb verb, int s) {
        int end = clauseEndAfter(verb.end(), s);
        List<Token> after = Tokens.of(v.text, verb.end(), end);
        if (after.isEmpty() || after.size() > 4) {
            return false;
        }
        for (ActorMention m : v.participantsIn(verb.end(), end)) {
            if (m.start() == after.get(0).start() && m.end() >= after.get(after.size() - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /** True when the verb closes its clause: the sentence end, a comma or a semicolon follows it. */
    private boolean clauseEndsAfter(Verb verb, TextSpan sent) {
        int i = verb.end();
        while (i < sent.end() && Character.isWhitespace(v.text.charAt(i))) {
            i++;
        }
        return i >= sent.end() || ",;.!?".indexOf(v.text.charAt(i)) >= 0;
    }

    /** True when {@code [from, to)} overlaps a quotation that was attributed on its own. */
    private boolean overlapsAttributedQuote(int from, int to) {
        for (int[] q : attributedQuotes) {
            if (q[0] < to && from < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** True when a participle speech verb ({@code participle} flag) ends at {@code end}. */
    /**
     * True when the speech verb ending at {@code end} is coordinated with what comes before it
     * ("... and urged", "... dan menggesa", "... y pidió"): it shares the subject of the speech verb
     * before it in its sentence.
     */
    private boolean coordinatedAt(int end) {
        for (Verb verb : verbs) {
            if (verb.end() == end && !verb.m().entry().prep()) {
                List<Token> toks = v.tokens(verb.sentence());
                return v.grammar.is(Grammar.Kind.COORD, toks, verb.m().from() - 1);
            }
        }
        return false;
    }

    /** The speech verb or attribution phrase starting at {@code offset}, else null. */
    private Verb verbAt(int offset) {
        for (Verb verb : verbs) {
            if (verb.start() == offset) {
                return verb;
            }
        }
        return null;
    }

    /** True when the first word at or after {@code from} in sentence {@code s} is a participle speech verb. */
    private boolean participleOpens(int from, int s) {
        List<Token> toks = v.tokens(s);
        int i = Tokens.firstAtOrAfter(toks, from);
        if (i >= toks.size()) {
            return false;
        }
        for (Verb verb : verbs) {
            if (verb.start() == toks.get(i).start() && verb.m().entry().has(PARTICIPLE)) {
                return true;
            }
        }
        return false;
    }

    private boolean participleAt(int end) {
        for (Verb verb : verbs) {
            if (verb.end() == end && verb.m().entry().has(PARTICIPLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker of the last statement whose attribution lies in the same sentence before
     * {@code offset}, or null.
     */
    private Actor speakerBefore(List<Speech> before, int offset) {
        int sent = v.sentenceAt(offset);
        for (int i = before.size() - 1; i >= 0; i--) {
            Speech o = before.get(i);
            if (o.attrEnd() <= offset && v.sentenceAt(Math.max(o.attrStart(), o.attrEnd() - 1)) == sent && sent >= 0) {
                return o.speaker();
            }
        }
        return null;
    }

    /**
     * True when the speaker of {@code s} is named in its attribution only by a document noun
     * ("the statement", "le communiqué"), which names the issuing body, not the last body named.
     */
    private boolean documentSpeaker(Speech s) {
        for (ActorMention m : v.participantsIn(s.attrStart(), s.attrEnd())) {
            if (m.actor().key().equals(s.speaker().key()) && !"document".equals(m.how())) {
                return false;
            }
        }
        for (ActorMention m : v.participantsIn(s.attrStart(), s.attrEnd())) {
            if (m.actor().key().equals(s.speaker().key())) {
                return true;
            }
        }
        return false;
    }

    /** True when the tokens from {@code i} to the sentence end are punctuation ("..., dijo."). */
    private static boolean onlyPunctuation(List<Token> toks, int i) {
        for (int k = i; k < toks.size(); k++) {
            String w = toks.get(k).norm();
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private int clauseEndAfter(int from, int s) {
        TextSpan sent = v.sentences.get(s);
        int end = sent.end();
        for (int i = from; i < sent.end(); i++) {
            char c = v.text.charAt(i);
            if (c == ',' || c == ';' || ArticleView.isQuote(c)) {
                end = i;
                break;
            }
        }
        return end;
    }

    /** End of reported content: the sentence end, or a contrast word after a comma. */
    private int complementEnd(int s, int from) {
        TextSpan sent = v.sentences.get(s);
        List<Token> toks = v.tokens(s);
        for (int i = Tokens.firstAtOrAfter(toks, from) + 1; i < toks.size(); i++) {
            String before = v.text.substring(toks.get(i - 1).end(), toks.get(i).start());
            if (before.indexOf(',') >= 0 && participleAt(s, toks.get(i))) {
                // "a dénoncé une ingérence, affirmant que ...": the participle has words of its own
                return toks.get(i - 1).end();
            }
            if (v.grammar.is(Grammar.Kind.COORD, toks, i) && i + 1 < toks.size() && speechVerbAt(s, toks.get(i + 1))) {
                // "said that ... and called Beijing \"aggressive\"": the second verb has words of its own
                return toks.get(i - 1).end();
            }
            if (v.grammar.is(Grammar.Kind.CONTRAST, toks, i)) {
                String gap = v.text.substring(toks.get(i - 1).end(), toks.get(i).start());
                if (gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0) {
                    return toks.get(i - 1).end();
                }
            }
        }
        return sent.end();
    }

    private boolean participleAt(int sentence, Token t) {
        for (Verb verb : verbs) {
            if (verb.sentence() == sentence && verb.start() == t.start() && verb.m().entry().has(PARTICIPLE)) {
                return true;
            }
        }
        return false;
    }

    private boolean speechVerbAt(int sentence, Token t) {
        for (Verb verb : verbs) {
            if (verb.sentence() == sentence && verb.start() == t.start() && !verb.m().entry().prep()
                    && !verb.m().entry().has(PARTICIPLE)) {
                return true;
            }
        }
        return false;
    }

    private int[] trim(int a, int b) {
        while (a < b && (Character.isWhitespace(v.text.charAt(a)) || ",:;".indexOf(v.text.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(v.text.charAt(b - 1)) || ",.;:".indexOf(v.text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return b > a ? new int[] {a, b} : null;
    }

    private static Actor lastSpeaker(List<Speech> before, int offset, boolean personFirst) {
        if (personFirst) {
            for (int i = before.size() - 1; i >= 0; i--) {
                Speech s = before.get(i);
                if (s.start() < offset && s.speaker().type() == EntityType.Person) {
                    return s.speaker();
                }
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).start() < offset) {
                return before.get(i).speaker();
            }
        }
        return null;
    }

    /** True when every one of {@code toks} is a word in lowercase letters. */
    private static boolean lowercaseWords(List<Token> toks) {
        for (Token t : toks) {
            String w = t.norm();
            if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)
                    || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** True when one of {@code toks} is a document noun ("statement", "pernyataan", "comunicado"). */
    private boolean documentIn(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (v.grammar.is(Grammar.Kind.DOCUMENT, toks, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The issuer of the last document spoken of before {@code offset}: the first actor (no news
     * outlet) of the nearest earlier sentence with a document noun ("Mali on Monday ... in a
     * statement read on television"), or null.
     */
    private Actor issuerBefore(int offset) {
        for (int s = v.sentenceAt(offset) - 1; s >= 0; s--) {
            if (documentIn(v.tokens(s))) {
                TextSpan sent = v.sentences.get(s);
                List<ActorMention> ms = speakersIn(sent.start(), sent.end());
                return ms.isEmpty() ? null : ms.get(0).actor();
            }
        }
        return null;
    }

    /**
     * The speaker of the last statement before {@code offset} that is a body or state and whose
     * attribution lies in the sentence of {@code offset} or the two before; else the subject of the
     * sentence before ({@link #bodyBefore}).
     */
    private Actor recentNonPersonSpeaker(List<Speech> before, int offset) {
        int sent = v.sentenceAt(offset);
        for (int i = before.size() - 1; i >= 0; i--) {
            Speech s = before.get(i);
            if (s.start() < offset && s.speaker().type() != EntityType.Person) {
                int at = v.sentenceAt(Math.max(s.attrStart(), s.attrEnd() - 1));
                return at >= 0 && sent - at <= 2 ? s.speaker() : bodyBefore(offset);
            }
        }
        return bodyBefore(offset);
    }

    private static Actor lastNonPersonSpeaker(List<Speech> before, int offset) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Speech s = before.get(i);
            if (s.start() < offset && s.speaker().type() != EntityType.Person) {
                return s.speaker();
            }
        }
        return null;
    }

    /**
     * Same speaker, overlapping words: keep the longer statement. A news outlet credited for words
     * that someone else is reported to have said ("X said, according to Reuters") is no speaker.
     */
    /**
     * True when the attribution of {@code s} (and the start of its words) lies inside the words of
     * {@code o}; never for a tail attribution ("..., informó el ministro X"), which ends the words
     * before it.
     */
    private static boolean nested(Speech s, Speech o) {
        return s.attrStart() <= s.start() && s.start() >= o.start() && s.start() < o.end() && s.attrStart() >= o.start()
                && s.attrEnd() <= o.end() && s.attrEnd() > s.attrStart();
    }

    private static List<Speech> dedup(List<Speech> in) {
        List<Speech> out = new ArrayList<>();
        for (int si = 0; si < in.size(); si++) {
            Speech s = in.get(si);
            boolean drop = false;
            for (int oi = 0; oi < in.size(); oi++) {
                Speech o = in.get(oi);
                if (oi != si && ArticleView.isOutlet(s.speaker()) && !ArticleView.isOutlet(o.speaker())
                        && o.start() < s.end() && s.start() < o.end()) {
                    drop = true;
                    break;
                }
                if (oi != si && !o.speaker().key().equals(s.speaker().key()) && nested(s, o)) {
                    // "Venezuela responderá con firmeza, según el ministro X", "X menambah, Malaysia ...
                    // dan menggesa Y supaya ...": a verb inside words someone else said is part of them
                    drop = true;
                    break;
                }
                if (oi != si && o.speaker().key().equals(s.speaker().key()) && o.start() < s.end()
                        && s.start() < o.end()) {
                    int ls = s.end() - s.start();
                    int lo = o.end() - o.start();
                    if (lo > ls || (lo == ls && oi < si)) {
                        drop = true;
                        break;
                    }
                }
            }
            if (!drop) {
                out.add(s);
            }
        }
        return out;
    }
}
