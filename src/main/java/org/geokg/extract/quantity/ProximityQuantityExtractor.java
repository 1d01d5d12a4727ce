package org.geokg.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.geokg.extract.lexicon.SupportedLanguages;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;

/**
 * Finds quantities with a {@link NumberFinder} and attaches each to the actor it belongs
 * to and to a place, by proximity inside its sentence and clause, with the cue words of
 * {@code data/lexicons/<lang>/quantity-cues.tsv}.
 *
 * <pre>{@code
 * QuantityExtractor q = ProximityQuantityExtractor.create();
 * List<QuantityCandidate> found = q.find(prepared, mentions);
 * }</pre>
 *
 * <p>Every quantity gets an {@code about} when one is found (troops, personnel, casualties,
 * equipment, money, visitors, refugees, prisoners: whose troops, whose trade or aid). The actor
 * (a Country or Organization mention; before the number also a Person of a known state) is, in
 * this order: one between the number and the end of its unit word, or starting inside the unit
 * ("three Armenian soldiers", "3000 US-Soldaten", "12 tentara Israel"; not for money); the one
 * right after the unit (not after a {@code withdrawal} verb before the number: "France withdrew
 * 2,000 troops from Mali"), directly or after an "about" cue and up to two lowercase words
 * ("10.900 pasukan Korea Utara", "troops from X", "aset milik bank sentral X") or, where
 * modifiers follow the noun, after a few words modifying the unit ({@code modifier-gap}: "189
 * kapal armada bayangan Rusia"), unless a {@code possessive} determiner stands before the number
 * or inside its span ("its 2,400 troops", "seine 2.400 Soldaten", "14 of its soldiers": then the
 * nearest actor before the number, the one it refers back to, owns it); the one right before the
 * number, directly or over filler words ("Australia 91 personel", "US sebanyak 1.337 personel"),
 * when it opens its clause or list item (not an object after another state: "Die USA sagten Kiew
 * 500 Millionen Dollar zu"); else the first one in the clause before the number (its subject:
 * "AS telah menempatkan 28.500 serdadu"; a {@code clause} cue, a complementizer, reporting verb
 * or subordinating conjunction, opens a clause of its own; a second coordinated clause after
 * the first subject's own number has its own subject: "China gave $1 million and Australia
 * pledged A$25 million"); else the actor right before the comma of a relative clause that holds
 * the number ({@code relative} cue: "Nicolás Maduro, who mobilized 4.5 million militiamen");
 * else the actors earlier in the sentence when they all belong to one country; else the
 * sentence's opening actor. Before the number, an actor right after a {@code location} or
 * {@code recipient} cue ("in Litauen", "to the U.K.", "kepada Jepang") is a place or a receiver,
 * never the owner, and so is an actor before a verb of observing in the number's sentence
 * ({@code observation} cue: "Taiwan detected 76 aircraft", "mendeteksi"): who saw them does not
 * own them. Without any of these, the owner is guessed (a guess costs nothing where an analyst
 * codes none): the actor opening a compound unit word ("Bundeswehrsoldaten") when the article
 * names it, for casualties the state of the place where they fell, else an actor later in the
 * sentence, else the first actor of one of the two sentences before.
 *
 * <p>The place is the first Country, Location or Region mention after the quantity in the same
 * clause right after a "location" cue ("di Korsel", "ke Kursk", "in Ukraine"). Clauses end at
 * , ; : ( ) and sentence ends.
 *
 * <p>What an analyst codes (see the annotation guide) decides what is kept: shares and counts
 * of states are not quantities ("60 percent", "the two countries"); a count of people named by
 * a generic noun ("12 people", "15 orang", "25 Menschen") is kept only as casualties, when a
 * {@code casualty} cue stands in its clause ("were killed", "tewas", "getötet"), or as refugees
 * when a {@code displacement} cue does ("fled", "mengungsi", "geflohen"), and then only
 * an actor next to it owns it (the subject of "strikes killed 12 people" is not the owner of
 * the dead); a count of nationals ("41 Russes") belongs to their nation; a count of firms ("22
 * banks") is kept only as sanctioned entities, when a {@code sanction} cue stands in its sentence;
 * tourists, refugees, prisoners or hostages a casualty cue belongs to are casualties.
 * Casualties ("12 dead", "9 Todesopfer") belong to where they fell: when no actor stands next to
 * them, the place after them ("in Kyiv") or the nearest place struck before them ("strikes on
 * Kyiv", "serangan di Kiev"), and only then an actor before them that is no nationality word
 * ("Russian shelling" names who struck), or a state that reports them ("Pakistan said 31 civilians
 * were killed"). Weapons "from" a state came from their supplier: the clause subject before them
 * owns them. A quantity said again (the headline and the lead; a count of people also in other
 * words: "4.500 marines", "4.500 efectivos") is given once: a repeat with a guessed owner is
 * dropped, and a named owner replaces a guessed one.
 *
 * <p>Who owns a number follows its role in the event, as the annotation guide codes it. Things put
 * on a sanctions list (entities, individuals; ships and aircraft with a {@code sanction} cue in
 * their clause) belong to the state they are tied to, the target, not to the state that lists
 * them: one named next to them ("12 individuals linked to North Korea"), else a state named after
 * them that is no place, receiver or speaker and not the lister's ("sanctions on 35 entities ...
 * moving Iranian crude"), else one right after the sanction word ("sanctions against Belarus,
 * listing 9 entities"). Money belongs to who pays it: after a {@code purchase} cue the state named
 * after the amount is where the goods come from, not the payer ("India bought $2 billion of
 * Russian oil"); the money of sales ({@code sale} cue in its clause) is the buyer's, the state after
 * a recipient or location word ("$1 billion in arms sales to Poland"); aid stays with its donor,
 * also one named next to a {@code funds} noun after the amount ("$500 million in US aid"),
 * casualties with the victims, troops with whose troops they are. A state inside a relative
 * clause that closes before the number, or coordinated with a place ("registered in the UAE and
 * Hong Kong"), owns nothing; a relative clause's number belongs to the state that closes the noun
 * phrase before its comma ("a refinery in China's Shandong province, which ... buying $1 billion").
 *
 * <p>The means of an act belong to its agent: after an {@code act} noun and an {@code instrument}
 * word ("Iran's attack with 200 missiles", "el ataque de Irán con 200 misiles contra Israel") the
 * actor that owns the act noun owns them, ahead of any other rule. Weapons fired "from" a state, in
 * a clause with no subject before them, are that state's ("... que 200 missiles avaient été lancés
 * depuis l'Iran"). A count of "others" with no owner of its own shares the owner of the count before
 * it in its sentence ("80 soldiers died and 200 others were wounded"). A state after a preposition
 * and its article ({@code grammar.tsv} determiners: "con el Estado judío") is governed as one right
 * after the preposition; a nationality word used as an adjective is no place ("in the Russian
 * strike"); a state that reports after a comma is not coordinated with the place before it ("in
 * Niger, France said"); a short name in brackets ends no clause ("tentara AS (Amerika) tewas").
 *
 * <p>Immutable and thread-safe.
 */
public final class ProximityQuantityExtractor implements QuantityExtractor {
    /** Units an analyst does not code as quantities: shares and counts of states. */
    private static final Set<String> NOT_CODED = Set.of("percent", "countries");
    /** A count of people by a generic noun ("12 people"): kept only as casualties. */
    private static final String PEOPLE = "people";
    private static final String CASUALTIES = "casualties";
    /** A count of people who fled or were driven from their homes ("2 million people fled"). */
    private static final String REFUGEES = "refugees";
    /** Weapons and the ships, aircraft, missiles and tanks among them ("40 F-16s from the United States"). */
    private static final Set<String> MATERIEL = Set.of("equipment", "ships", "aircraft", "missiles", "tanks");
    /**
     * Things put on a sanctions list: with a {@code sanction} cue they belong to the state they are tied
     * to, the target of the sanctions, not to the state that imposes them.
     */
    private static final Set<String> LISTED = Set.of("entities", "individuals", "ships", "aircraft");
    /** Of these a sanction cue in the sentence is enough; ships and aircraft need one in their own clause. */
    private static final Set<String> LISTED_ONLY = Set.of("entities", "individuals");
    /** Companies and banks by a generic noun: kept only as sanctioned entities. */
    private static final String FIRMS = "firms";
    private static final String ENTITIES = "entities";
    /** Counts of people who are casualties when a casualty cue belongs to them ("26 tourists were killed"). */
    private static final Set<String> KILLABLE = Set.of("visitors", REFUGEES, "prisoners", "hostages");
    /** Units of one count of people said again in other words ("4.500 marines", "4.500 efectivos"). */
    private static final Set<String> FORCES = Set.of("troops", "personnel", CASUALTIES, RuleNumberFinder.NATIONALS);
    private static final Set<EntityType> ACTOR_TYPES = Set.of(EntityType.Country, EntityType.Organization);
    private static final Set<EntityType> PLACE_TYPES = Set.of(EntityType.Country, EntityType.Location,
            EntityType.Region);

    private final NumberFinder numbers;
    private final Map<String, Cues> cues;

    private ProximityQuantityExtractor(NumberFinder numbers, Map<String, Cues> cues) {
        this.numbers = numbers;
        this.cues = cues;
    }

    /** With the bundled number finder and cue lexicons. */
    public static ProximityQuantityExtractor create() {
        return create(RuleNumberFinder.create());
    }

    /** With another number finder. */
    public static ProximityQuantityExtractor create(NumberFinder numbers) {
        Map<String, Cues> cues = new HashMap<>();
        for (String lang : SupportedLanguages.current().codes()) {
            cues.put(lang, Cues.load(lang));
        }
        return new ProximityQuantityExtractor(Objects.requireNonNull(numbers, "numbers"), Map.copyOf(cues));
    }

    @Override
    public List<QuantityCandidate> find(PreparedText prepared, List<ActorMention> mentions) {
        String text = prepared.text();
        String lang = prepared.language() == null ? "und" : prepared.language().toLowerCase(Locale.ROOT);
        Cues c = cues.getOrDefault(lang, Cues.EMPTY);
        List<TextSpan> spans = !prepared.sentences().isEmpty() ? prepared.sentences()
                : !prepared.body().isEmpty() ? prepared.body() : List.of(new TextSpan(0, text.length()));
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TextSpan> nationals = new ArrayList<>();
        for (ActorMention m : sorted) {
            if ("demonym".equals(m.how()) && m.actor().type() == EntityType.Country) {
                nationals.add(new TextSpan(m.start(), m.end()));
            }
        }
        List<QuantityCandidate> out = new ArrayList<>();
        // value and unit -> indexes in out of the quantities said so far, and whether each owner was named
        Map<String, List<Integer>> said = new HashMap<>();
        List<Boolean> named = new ArrayList<>();
        for (int si = 0; si < spans.size(); si++) {
            TextSpan s = spans.get(si);
            List<NumberMention> found = numbers.find(text, s.start(), s.end(), lang, nationals);
            for (NumberMention n : found) {
                if (NOT_CODED.contains(n.unit())) {
                    continue; // "60 percent", "the two countries": no quantity an analyst codes
                }
                String unit = n.unit();
                if (unit.equals(FIRMS)) {
                    if (!hasCue(text, s.start(), s.end(), c.sanction)) {
                        continue; // "20 companies signed deals": no sanctions, no quantity an analyst codes
                    }
                    unit = ENTITIES; // "sanctions on 22 banks"
                }
                boolean generic = unit.equals(PEOPLE);
                if (generic || unit.equals(RuleNumberFinder.NATIONALS)) {
                    boolean casualty = ownCue(text, n, s, c, found, c.casualty);
                    boolean displaced = !casualty && ownCue(text, n, s, c, found, c.displacement);
                    if (generic && !casualty && !displaced) {
                        continue; // "a nation of 270 million people", "300 people were evacuated"
                    }
                    unit = casualty ? CASUALTIES : displaced ? REFUGEES : unit;
                } else if (KILLABLE.contains(unit) && ownCue(text, n, s, c, found, c.casualty)) {
                    unit = CASUALTIES; // "menewaskan 26 wisatawan", "12 hostages were killed"
                }
                boolean listed = LISTED.contains(unit) && (LISTED_ONLY.contains(unit)
                        ? hasCue(text, s.start(), s.end(), c.sanction)
                        : hasCue(text, clauseStart(text, n.start(), s.start()), clauseEnd(text, n.end(), s.end()),
                                c.sanction));
                ActorMention owner = owner(text, n, s, sorted, c, generic, unit.equals(CASUALTIES), listed);
                Actor about = owner == null ? null : owner.actor();
                int after = owner == null ? n.end() : Math.max(n.end(), owner.end());
                ActorMention place = place(text, after, s.end(), sorted, c);
                if (about == null) {
                    about = compoundHead(n, sorted);
                }
                if (about == null && others(text, n, s, c)) {
                    // "80 soldiers died and 200 others were wounded": the others are of the same side
                    about = previousOwner(out, s, n.start());
                }
                if (about == null) {
                    about = fallbackOwner(text, n, si, spans, sorted, c, unit.equals(CASUALTIES), place);
                }
                Actor location = place == null || (about != null && place.actor().key().equals(about.key())) ? null
                        : place.actor();
                QuantityCandidate q = new QuantityCandidate(n.value(), unit, about, location, n.start(), n.end());
                String key = n.value().stripTrailingZeros().toPlainString() + " "
                        + (FORCES.contains(unit) ? "forces" : unit);
                List<Integer> same = said.computeIfAbsent(key, k -> new ArrayList<>());
                if (keep(q, owner != null, same, out, named)) {
                    same.add(out.size());
                    out.add(q);
                    named.add(owner != null);
                }
            }
        }
        return out;
    }

    /**
     * True for an actor that may own a number as the subject of its clause or sentence: a state,
     * an organization, or a person of a known state ("President X announced $800 million").
     */
    private static boolean subjectLike(ActorMention m) {
        return ACTOR_TYPES.contains(m.actor().type())
                || (m.actor().type() == EntityType.Person && m.actor().country() != null);
    }

    /** The mention of the actor that owns the number, or null (see the class comment for the order). */
    private static ActorMention owner(String text, NumberMention n, TextSpan s, List<ActorMention> sorted, Cues c,
            boolean generic, boolean casualties, boolean listed) {
        ActorMention inner = between(n, sorted);
        if (inner != null) {
            return inner;
        }
        ActorMention agent = actAgent(text, n, s, sorted, c);
        if (agent != null) {
            return agent;
        }
        boolean possessive = possessiveBefore(text, n.start(), s.start(), c) || partOfOwn(n, c);
        ActorMention right = possessive ? null : rightAfter(text, n.end(), sorted, c);
        boolean money = currency(n.unit());
        int clause = clauseStart(text, n.start(), s.start());
        boolean bought = money && hasCue(text, clause, n.start(), c.purchase);
        if (bought && right != null) {
            // money paid belongs to the payer: after a verb of buying, the state named after the amount
            // is where the goods come from ("India bought $2 billion of Russian oil")
            right = null;
        }
        if (money && right == null && !possessive) {
            ActorMention buyer = buyer(text, n, s, sorted, c);
            if (buyer == null && !bought) {
                buyer = funder(text, n, s, sorted, c);
            }
            if (buyer != null) {
                return buyer;
            }
        }
        // weapons "from" a state came from their supplier; the clause subject before them, who buys
        // or receives them, owns them ("Turkey will buy 40 F-16s from the United States")
        // troops or weapons withdrawn "from" a place belong to the clause subject who withdraws them
        // ("France withdrew 2,000 troops from Mali"), not to the place they leave
        ActorMention supplier = right != null && (MATERIEL.contains(n.unit())
                && c.source.contains(text.substring(n.end(), right.start()).strip().toLowerCase(Locale.ROOT))
                || hasCue(text, clauseStart(text, n.start(), s.start()), n.start(), c.withdrawal))
                ? right : null;
        if (supplier != null) {
            right = null;
        }
        if (right != null || generic) {
            return right;
        }
        if (listed) {
            // things on a sanctions list belong to the state they are tied to, not to who lists them
            ActorMention target = sanctionTarget(text, n, s, sorted, c);
            if (target != null) {
                return target;
            }
        }
        if (casualties) {
            // the dead belong to where they fell ("strikes on Kyiv left 12 dead", "12 dead in Kyiv")
            ActorMention where = place(text, n.end(), s.end(), sorted, c);
            if (where == null || where.actor().country() == null) {
                where = placeBefore(text, n, s, sorted, c);
            }
            if (where != null && where.actor().country() != null) {
                return where;
            }
        }
        // owners before the number: not a place or recipient ("in Litauen", "to the U.K."), and for
        // casualties no nationality word, which names who struck ("Russian shelling killed 12");
        // not who saw them, before a verb of observing ("Taiwan detected 76 aircraft")
        int seen = lastCue(text, s.start(), n.start(), c.observation);
        if (seen < 0 && hasCue(text, n.end(), clauseEnd(text, n.end(), s.end()), c.observation)) {
            seen = n.start(); // a verb of observing after its object ("hat 14 Drohnen abgefangen")
        }
        List<ActorMention> before = new ArrayList<>();
        for (ActorMention m : sorted) {
            if (m.start() >= Math.max(s.start(), seen) && m.end() <= n.start()
                    && !governed(text, m, s.start(), sorted, c) && !insideRelative(text, m, n.start(), s.start(), c)
                    && !(casualties && "demonym".equals(m.how()))) {
                before.add(m);
            }
        }
        ActorMention left = possessive ? nearestSubject(before) : null;
        if (left == null) {
            left = rightBefore(text, n.start(), s.start(), before, c);
        }
        if (left == null) {
            left = clauseSubject(text, n.start(), s.start(), before, c);
        }
        if (left == null && MATERIEL.contains(n.unit())) {
            left = launchedFrom(text, n, s, sorted, c);
        }
        if (left == null) {
            // the antecedent may stand after a preposition ("met with Russia, which deployed ...")
            left = antecedent(text, n.start(), s.start(), sorted, c);
        }
        if (left == null) {
            left = soleOwnerBefore(n.start(), s.start(), before);
        }
        if (left == null) {
            left = sentenceSubject(text, n.start(), s.start(), before, c);
        }
        return left == null ? supplier : left;
    }

    /**
     * The state weapons came from when their clause names no subject before them ("... that 200
     * missiles had been fired from Iran", "rudal diluncurkan dari Iran"): the first state after them
     * in their clause right after a {@code source} cue, unless a {@code purchase} or {@code sale} cue
     * makes it a supplier. Null when none.
     */
    private static ActorMention launchedFrom(String text, NumberMention n, TextSpan s, List<ActorMention> sorted,
            Cues c) {
        int from = clauseStart(text, n.start(), s.start());
        int to = clauseEnd(text, n.end(), s.end());
        if (c.source.isEmpty() || hasCue(text, from, to, c.purchase) || hasCue(text, from, to, c.sale)) {
            return null;
        }
        List<String> sources = List.copyOf(c.source);
        for (ActorMention m : sorted) {
            if (m.start() >= n.end() && m.end() <= to && owns(m) && afterCue(text, m, s.start(), sources, c)) {
                return m;
            }
        }
        return null;
    }

    /**
     * True when an {@code others} word stands in the number's span or right before it ("200 others",
     * "200 lainnya", "otros 30"): the number counts more of a group just counted.
     */
    private static boolean others(String text, NumberMention n, TextSpan s, Cues c) {
        if (c.others.isEmpty()) {
            return false;
        }
        for (String w : n.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (c.others.contains(w)) {
                return true;
            }
        }
        return c.others.contains(lastWordBefore(text, n.start(), s.start()));
    }

    /** The last word (lowercased) before {@code at} in the sentence, or "". */
    private static String lastWordBefore(String text, int at, int from) {
        int[] w = wordBefore(text, at, from);
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }

    /** Start and end of the last run of letters before {@code at}, not before {@code from} (equal when none). */
    private static int[] wordBefore(String text, int at, int from) {
        int e = at;
        while (e > from && !Character.isLetter(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {b, e};
    }

    /** The owner of the last quantity found before {@code at} in the same sentence, or null. */
    private static Actor previousOwner(List<QuantityCandidate> out, TextSpan s, int at) {
        for (int i = out.size() - 1; i >= 0; i--) {
            QuantityCandidate q = out.get(i);
            if (q.start() >= s.start() && q.end() <= at) {
                return q.about();
            }
            if (q.start() < s.start()) {
                break;
            }
        }
        return null;
    }

    /**
     * The agent of a military act whose means the number counts: an {@code act} noun, then at most
     * four words, then an {@code instrument} word right before the number (fillers allowed: "Iran's
     * attack on Israel with 200 missiles", "el ataque de Irán con 200 misiles", "serangan Iran dengan
     * 200 rudal", "der Angriff des Iran mit 200 Raketen"). The agent is the actor that owns the act
     * noun: right before it or with only a possessive ending or one lowercase word between ("Iran's
     * attack", "the Russian drone attack"), or right after it, directly or after an {@code about} cue
     * or an agent marker ({@code grammar.tsv} kind agent), each optionally with an article ("l'attaque
     * de l'Iran", "the attack by Iran"). Null when there is no such act or its agent is not named:
     * the subject of the clause may be the target of the act ("X vowed to answer the attack with 200
     * missiles").
     */
    private static ActorMention actAgent(String text, NumberMention n, TextSpan s, List<ActorMention> sorted,
            Cues c) {
        if (c.act.isEmpty() || c.instrument.isEmpty()) {
            return null;
        }
        int from = clauseStart(text, n.start(), s.start());
        // the words of the clause before the number, last first, with their offsets
        List<int[]> words = new ArrayList<>();
        int i = n.start();
        while (i > from) {
            int[] w = wordBefore(text, i, from);
            if (w[0] == w[1]) {
                break;
            }
            words.add(w);
            i = w[0];
        }
        // fillers between the instrument word and the number ("with some 200 missiles")
        int k = 0;
        while (k < words.size() && onlyFillers(text.substring(words.get(k)[0], n.start()).strip()
                .toLowerCase(Locale.ROOT), c.filler)) {
            k++;
        }
        int instrument = -1;
        for (int j = Math.max(0, k - 1); j <= Math.min(k, words.size() - 1) && instrument < 0; j++) {
            int w = words.get(j)[0];
            String tail = text.substring(w, n.start()).strip().toLowerCase(Locale.ROOT);
            for (String cue : c.instrument) {
                if (tail.startsWith(cue) && onlyFillers(tail.substring(cue.length()).strip(), c.filler)) {
                    instrument = j;
                }
            }
        }
        if (instrument < 0) {
            return null;
        }
        for (int j = instrument + 1; j < words.size() && j <= instrument + 5; j++) {
            int[] w = words.get(j);
            String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            boolean act = false;
            for (String cue : c.act) {
                act |= word.startsWith(cue) || (word.endsWith(cue) && word.length() > cue.length() + 2);
            }
            if (act) {
                return agentOf(text, w[0], w[1], words.get(instrument)[0], s, sorted, c);
            }
        }
        return null;
    }

    /** The actor owning the act noun at [start, end) (see {@link #actAgent}), or null. */
    private static ActorMention agentOf(String text, int start, int end, int limit, TextSpan s,
            List<ActorMention> sorted, Cues c) {
        ActorMention before = null;
        for (ActorMention m : sorted) {
            if (m.end() <= start && m.start() >= s.start()) {
                before = m;
            } else if (m.start() >= end && m.end() <= limit && owns(m)) {
                String gap = text.substring(end, m.start()).strip().toLowerCase(Locale.ROOT);
                String bare = dropDeterminer(gap, c);
                if (gap.isEmpty() || c.about.contains(gap) || c.about.contains(bare) || c.agent.contains(gap)
                        || c.agent.contains(bare)) {
                    return m; // "serangan Iran", "el ataque de Irán", "the attack by Iran", "l'attaque de l'Iran"
                }
                break;
            }
        }
        if (before == null || !owns(before) || governed(text, before, s.start(), sorted, c)) {
            return null;
        }
        String gap = text.substring(before.end(), start).strip();
        boolean possessor = gap.startsWith("'s") || gap.startsWith("’s");
        if (possessor) {
            gap = gap.substring(2).strip();
        }
        String[] between = gap.isEmpty() ? new String[0] : gap.split("\\s+");
        // one word between only after a possessor or a nationality word ("Iran's overnight attack", "the
        // Russian drone attack"): after a plain name it may be a verb ("Israel condemned the attack")
        if (between.length > 1 || (between.length == 1 && !possessor && !"demonym".equals(before.how()))) {
            return null;
        }
        for (String w : between) {
            if (!w.chars().allMatch(Character::isLowerCase) || c.clause.contains(w) || c.coordinator.contains(w)
                    || c.location.contains(w) || c.recipient.contains(w) || c.instrument.contains(w)) {
                return null;
            }
        }
        return before; // "Iran's attack", "the Russian drone attack", "Iranian attack"
    }

    /** The phrase without an article at its end ("de l'" to "de", "by the" to "by"). */
    private static String dropDeterminer(String phrase, Cues c) {
        String p = phrase.strip().replaceAll("['’]$", "");
        int sp = p.lastIndexOf(' ');
        return sp >= 0 && c.determiner.contains(p.substring(sp + 1)) ? p.substring(0, sp).strip() : p;
    }

    /**
     * True when a location, recipient or attribution word stands right before the mention ("in
     * Litauen", "kepada Jepang", "menurut NIS": the source of the words owns no number in them).
     */
    private static boolean governed(String text, ActorMention m, int from, Cues c) {
        return afterCue(text, m, from, c.location, c) || afterCue(text, m, from, c.recipient, c)
                || afterCue(text, m, from, c.attribution, c);
    }

    /** True for a currency code unit ("USD", "EUR"). */
    private static boolean currency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The buyer who pays an amount of sales: with a {@code sale} cue in the number's clause, the
     * first state after the number in that clause that stands after a {@code recipient} or
     * {@code location} cue ("$1
     * billion in arms sales to Poland"). Null when none.
     */
    private static ActorMention buyer(String text, NumberMention n, TextSpan s, List<ActorMention> sorted, Cues c) {
        int from = clauseStart(text, n.start(), s.start());
        int to = clauseEnd(text, n.end(), s.end());
        if (!hasCue(text, from, to, c.sale)) {
            return null;
        }
        for (ActorMention m : sorted) {
            if (m.start() >= n.end() && m.end() <= to && owns(m)
                    && (afterCue(text, m, s.start(), c.recipient, c) || afterCue(text, m, s.start(), c.location, c))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The state whose aid, loans or investment an amount is, named next to a {@code funds} noun
     * within five words after the amount in its clause and not after a place or recipient word:
     * "$500 million in US military aid", "500 millones de dólares en ayuda estadounidense", "500
     * Millionen Dollar US-Hilfe". Null when none.
     */
    private static ActorMention funder(String text, NumberMention n, TextSpan s, List<ActorMention> sorted, Cues c) {
        if (c.funds.isEmpty()) {
            return null;
        }
        int to = clauseEnd(text, n.end(), s.end());
        for (ActorMention m : sorted) {
            if (m.start() < n.end()) {
                continue;
            }
            String gap = text.substring(n.end(), Math.min(m.start(), to)).strip();
            if (m.end() > to || (!gap.isEmpty() && gap.split("\\s+").length > 5)) {
                return null;
            }
            if (!owns(m) || afterCue(text, m, s.start(), c.recipient, c)
                    || afterCue(text, m, s.start(), c.attribution, c)) {
                continue; // "aid to Ukraine": the receiver
            }
            int next = m.end();
            for (int w = 0; w < 2; w++) { // the two words after the state ("US military aid")
                while (next < to && !Character.isLetter(text.charAt(next))) {
                    next++;
                }
                while (next < to && Character.isLetter(text.charAt(next))) {
                    next++;
                }
            }
            // the state before its funds noun modifies it ("in US aid"); after it, a place word would
            // make it the receiver or the place ("ayuda a Ucrania")
            if (hasCue(text, m.end(), next, c.funds)
                    || (hasCue(text, n.end(), m.start(), c.funds) && !governed(text, m, s.start(), sorted, c))) {
                return m;
            }
        }
        return null;
    }

    /**
     * True when the mention is governed ({@link #governed(String, ActorMention, int, Cues)}) or
     * coordinated with a governed one before it: "registered in the UAE and Hong Kong" makes Hong
     * Kong a place as much as the UAE.
     */
    private static boolean governed(String text, ActorMention m, int from, List<ActorMention> sorted, Cues c) {
        ActorMention cur = m;
        for (int hop = 0; hop < 4; hop++) {
            if (governed(text, cur, from, c)) {
                return true;
            }
            ActorMention prev = null;
            for (ActorMention o : sorted) {
                if (o.end() <= cur.start() && o.start() >= from) {
                    prev = o;
                } else if (o.start() >= cur.start()) {
                    break;
                }
            }
            if (prev == null || !coordinated(text.substring(prev.end(), cur.start()), c)
                    || c.clause.contains(firstWord(text, m.end(), Math.min(text.length(), m.end() + 30)))) {
                return false; // "stationed in Niger, France said": the speaker after a comma is no place
            }
            cur = prev;
        }
        return false;
    }

    /**
     * True when the gap between two mentions joins them as a list: a comma, or a coordinator without
     * a comma and with at most a short article after it ("the UAE and Hong Kong", "X, Y and the U.K.").
     */
    private static boolean coordinated(String gap, Cues c) {
        String g = gap.strip();
        if (g.equals(",")) {
            return true;
        }
        if (g.contains(",")) {
            return false; // ", and Spain gave ...": a comma before "and" mostly joins clauses, not places
        }
        String[] words = g.toLowerCase(Locale.ROOT).split("[\\s']+");
        if (words.length == 0 || words.length > 2 || !c.coordinator.contains(words[0])) {
            return false;
        }
        return words.length == 1 || (words[1].length() <= 3 && words[1].chars().allMatch(Character::isLetter));
    }

    /**
     * True when the mention stands inside a relative clause that closes before the number ("Russia,
     * which borders Finland, deployed 5,000 troops"): a state named there describes another, it is
     * not the subject that owns the number.
     */
    private static boolean insideRelative(String text, ActorMention m, int numberStart, int from, Cues c) {
        int open = clauseStart(text, m.start(), from);
        if (open <= from || c.relative.isEmpty() || clauseEnd(text, m.end(), numberStart) >= numberStart) {
            return false;
        }
        return c.relative.contains(firstWord(text, open, m.start()));
    }

    /** The first word (lowercased) in the range, or "". */
    private static String firstWord(String text, int from, int to) {
        int w = from;
        while (w < to && !Character.isLetter(text.charAt(w))) {
            w++;
        }
        int e = w;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(w, e).toLowerCase(Locale.ROOT);
    }

    /**
     * The state things on a sanctions list are tied to, the target of the sanctions: a state named
     * after them in their sentence that is no place, receiver or speaker and not the state of the
     * clause subject that lists them ("sanctions on 35 entities ... moving Iranian crude"); else a
     * state right after a sanction cue before them ("sanctions on Russia, among them 35 entities").
     * Null when none.
     */
    private static ActorMention sanctionTarget(String text, NumberMention n, TextSpan s, List<ActorMention> sorted,
            Cues c) {
        String imposer = null;
        for (ActorMention m : sorted) {
            if (m.start() >= s.start() && m.end() <= n.start() && owns(m)
                    && !governed(text, m, s.start(), sorted, c)) {
                imposer = m.actor().country();
                break;
            }
        }
        for (ActorMention m : sorted) {
            if (m.start() >= n.end() && m.end() <= s.end() && owns(m) && !m.actor().country().equals(imposer)
                    && !governed(text, m, s.start(), sorted, c) && !speaker(text, m, s, c)) {
                return m;
            }
        }
        ActorMention target = null;
        for (ActorMention m : sorted) {
            if (m.start() < s.start() || m.end() > n.start()) {
                continue;
            }
            int cue = lastCue(text, s.start(), m.start(), c.sanction);
            String gap = cue < 0 ? "" : text.substring(cue, m.start()).strip();
            if (cue >= 0 && owns(m) && gap.chars().noneMatch(ch -> Character.isDigit(ch) || ",;:()".indexOf(ch) >= 0)
                    && (gap.isEmpty() || gap.split("\\s+").length <= 3)) {
                target = m;
            }
        }
        return target;
    }

    /** True when a reporting verb ({@code clause} cue) stands right after or right before the mention ("Brussels said"). */
    private static boolean speaker(String text, ActorMention m, TextSpan s, Cues c) {
        if (c.clause.contains(firstWord(text, m.end(), Math.min(s.end(), m.end() + 30)))) {
            return true;
        }
        return c.clause.contains(lastWordBefore(text, m.start(), s.start()));
    }

    /** True when one of the cue words stands right before the mention. */
    private static boolean afterCue(String text, ActorMention m, int from, List<String> cues, Cues c) {
        if (RuleNumberFinder.phraseBefore(text, from, m.start(), cues, false)) {
            return true;
        }
        // an article between the cue and the actor ("con el Estado judío", "avec l'Iran", "in der Ukraine")
        int e = m.start();
        while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || isApostrophe(text.charAt(e - 1)))) {
            e--;
        }
        int b = e;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && (b == from || !Character.isLetterOrDigit(text.charAt(b - 1)))
                && c.determiner.contains(text.substring(b, e).toLowerCase(Locale.ROOT))
                && RuleNumberFinder.phraseBefore(text, from, b, cues, false);
    }

    private static boolean isApostrophe(char ch) {
        return ch == '\'' || ch == '’';
    }

    /**
     * Whether a quantity is a new one and not the same one said again (the headline and the lead):
     * one with a guessed owner repeats any earlier one of its value and unit; one with a named
     * owner repeats an earlier one of the same owner, and replaces an earlier one whose owner was
     * only guessed.
     */
    private static boolean keep(QuantityCandidate q, boolean ownerNamed, List<Integer> same,
            List<QuantityCandidate> out, List<Boolean> named) {
        for (int i : same) {
            QuantityCandidate earlier = out.get(i);
            if (!ownerNamed) {
                return false;
            }
            if (!named.get(i)) {
                out.set(i, q);
                named.set(i, true);
                return false;
            }
            if (earlier.about() != null && q.about() != null && earlier.about().key().equals(q.about().key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor that opens the unit word when it is a compound ("Bundeswehrsoldaten",
     * "Nato-Truppen"), found as the text of one of the article's mentions, or null.
     */
    private static Actor compoundHead(NumberMention n, List<ActorMention> mentions) {
        String[] words = n.text().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        Actor best = null;
        int bestLength = 0;
        for (ActorMention m : mentions) {
            String head = m.text().toLowerCase(Locale.ROOT);
            if (last.length() > head.length() + 3 && last.startsWith(head) && head.length() > bestLength
                    && owns(m)) {
                best = m.actor();
                bestLength = head.length();
            }
        }
        return best;
    }

    /**
     * The owner when the number's own neighbourhood names none: for casualties the state of the
     * place where they fell ("dix morts à Beyrouth"); else, but not for casualties (a state named
     * after them is mostly who caused them: "killed in Israeli strikes"), a state named later in the
     * sentence, not as a place ("Rund 4800 Soldaten soll die Brigade der Bundeswehr umfassen"); else the
     * first such actor of one of the two sentences before (the story's actor in focus). A
     * guessed owner costs nothing where an analyst codes none.
     */
    private static Actor fallbackOwner(String text, NumberMention n, int si, List<TextSpan> spans,
            List<ActorMention> sorted, Cues c, boolean casualties, ActorMention place) {
        if (casualties && place != null && place.actor().country() != null) {
            return place.actor();
        }
        TextSpan s = spans.get(si);
        if (casualties) {
            ActorMention struck = placeBefore(text, n, s, sorted, c);
            if (struck == null) {
                struck = reporter(text, n, s, sorted, c);
            }
            if (struck != null) {
                return struck.actor();
            }
        }
        for (ActorMention m : sorted) {
            if (!casualties && m.start() >= n.end() && m.end() <= s.end() && owns(m)
                    && !governed(text, m, s.start(), sorted, c)) {
                return m.actor();
            }
        }
        for (int k = si - 1; k >= Math.max(0, si - 2); k--) {
            TextSpan p = spans.get(k);
            for (ActorMention m : sorted) {
                if (m.start() >= p.start() && m.end() <= p.end() && owns(m)
                        && !governed(text, m, p.start(), sorted, c)) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    /**
     * The place struck before casualties in their sentence: the nearest place (a Location or
     * Region of a known state) or a state after a location cue ("Russian strikes on Kyiv left 12
     * dead", "serangan Rusia di Kiev menewaskan 9 warga sipil"), never a nationality word, or null.
     */
    private static ActorMention placeBefore(String text, NumberMention n, TextSpan s, List<ActorMention> sorted,
            Cues c) {
        ActorMention nearest = null;
        for (ActorMention m : sorted) {
            if (m.start() < s.start() || m.end() > n.start() || m.actor().country() == null
                    || "demonym".equals(m.how())) {
                continue;
            }
            EntityType t = m.actor().type();
            if (t == EntityType.Location || t == EntityType.Region
                    || (t == EntityType.Country && afterCue(text, m, s.start(), c.location, c))) {
                nearest = m;
            }
        }
        return nearest;
    }

    /**
     * The state that reports casualties in its sentence, named at most three words before a
     * reporting verb ({@code clause} cue: "Pakistan said 31 civilians were killed", "Pakistan
     * menyebut 31 warga sipil tewas"): a state mostly counts its own dead, unless a possessive
     * after the verb makes it the one that struck ("Turkey said its strikes killed 20"). Null when none.
     */
    private static ActorMention reporter(String text, NumberMention n, TextSpan s, List<ActorMention> sorted,
            Cues c) {
        for (ActorMention m : sorted) {
            if (m.start() < s.start() || m.end() > n.start() || !owns(m) || "demonym".equals(m.how())) {
                continue;
            }
            String[] words = text.substring(m.end(), n.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
            for (int k = 0; k < words.length && k <= 3; k++) {
                if (c.clause.contains(words[k])) {
                    for (int j = k + 1; j < words.length; j++) {
                        if (c.possessive.contains(words[j])) {
                            return null; // "Turkey said its strikes killed 20 people": who struck reports
                        }
                    }
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean owns(ActorMention m) {
        return subjectLike(m) && m.actor().country() != null;
    }

    /**
     * True when one of the cues, casualty ("killed", "tewas", "muertos") or displacement ("fled",
     * "mengungsi", "vertrieben") words, belongs to the number in its clause:
     * one between it and its neighbour numbers, each side cut at a coordinator ("33 orang
     * terbunuh | dan 168.000 penduduk dipindahkan": the cue is the first number's), or one before
     * the clause's first number, which governs them all ("killed 12 soldiers and 30 civilians").
     */
    private static boolean ownCue(String text, NumberMention n, TextSpan sentence, Cues c,
            List<NumberMention> all, List<String> cues) {
        int from = clauseStart(text, n.start(), sentence.start());
        int to = clauseEnd(text, n.end(), sentence.end());
        NumberMention first = null;
        NumberMention prev = null;
        NumberMention next = null;
        for (NumberMention o : all) {
            if (o.start() >= from && o.end() <= n.start()) {
                first = first == null ? o : first;
                prev = o;
            } else if (next == null && o.start() >= n.end() && o.end() <= to) {
                next = o;
            }
        }
        int lo = from;
        int hi = to;
        if (prev != null) {
            int k = coordinator(text, prev.end(), n.start(), c, true);
            lo = k >= 0 ? k : prev.end();
        }
        if (next != null) {
            int k = coordinator(text, n.end(), next.start(), c, false);
            hi = k >= 0 ? k : next.start();
        }
        return hasCue(text, lo, hi, cues) || (first != null && hasCue(text, from, first.start(), cues));
    }

    /** The position of the last (or first) coordinator word in the range, or -1. */
    private static int coordinator(String text, int from, int to, Cues c, boolean last) {
        int found = -1;
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (b < i && c.coordinator.contains(text.substring(b, i).toLowerCase(Locale.ROOT))) {
                found = b;
                if (!last) {
                    return found;
                }
            }
        }
        return found;
    }

    /** The offset after the last cue (a word, or the start of one) in the range, or -1. */
    private static int lastCue(String text, int from, int to, List<String> cues) {
        int found = -1;
        if (from >= to) {
            return found;
        }
        String clause = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            for (int i = clause.indexOf(cue); i >= 0; i = clause.indexOf(cue, i + 1)) {
                if ((i == 0 && (from == 0 || !Character.isLetter(text.charAt(from - 1))))
                        || (i > 0 && !Character.isLetter(clause.charAt(i - 1)))) {
                    found = Math.max(found, from + i + cue.length());
                }
            }
        }
        return found;
    }

    /** True when a cue (a word, or the start of one: "kill" in "killed") stands in the range. */
    private static boolean hasCue(String text, int from, int to, List<String> cues) {
        if (from >= to) {
            return false;
        }
        String clause = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            for (int i = clause.indexOf(cue); i >= 0; i = clause.indexOf(cue, i + 1)) {
                if ((i == 0 && (from == 0 || !Character.isLetter(text.charAt(from - 1))))
                        || (i > 0 && !Character.isLetter(clause.charAt(i - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a possessive determiner ("its", "seine", "ses") stands right before the number. */
    private static boolean possessiveBefore(String text, int start, int from, Cues c) {
        return c.possessive.contains(lastWordBefore(text, start, from));
    }

    /**
     * True when a possessive determiner stands inside the number's span, a part of a group of
     * one's own ("14 of its soldiers", "14 de ses soldats", "14 seiner Soldaten").
     */
    private static boolean partOfOwn(NumberMention n, Cues c) {
        String[] words = n.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 1; i < words.length; i++) {
            if (c.possessive.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest actor before the number that may be a subject: after a possessive determiner
     * the one it refers back to ("India said 8 of its troops", "Frankreich zieht seine 2.400
     * Soldaten ab"). Null when none.
     */
    private static ActorMention nearestSubject(List<ActorMention> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (subjectLike(before.get(i))) {
                return before.get(i);
            }
        }
        return null;
    }

    /**
     * The actor named between the number and its unit word ("three Armenian soldiers", "10,900
     * North Korean troops"). Not for money: "5 million US dollars" names the currency, not its owner.
     */
    private static ActorMention between(NumberMention n, List<ActorMention> mentions) {
        if (currency(n.unit())) {
            return null;
        }
        for (ActorMention m : mentions) {
            // inside the span ("three Armenian soldiers", "3000 US-Soldaten", "41 Russes"), or
            // beginning inside it ("12 tentara Israel" where "tentara Israel" names Israel's army)
            if (m.start() > n.start() && m.start() < n.end() && ACTOR_TYPES.contains(m.actor().type())
                    && Character.isLetter(n.text().charAt(n.text().length() - 1))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The actor that opens the sentence (its subject: "Malaysia merupakan mitra ... (USD 1,3 miliar)"),
     * unless it belongs to no state and a {@code clause} cue after it opens the number's clause.
     */
    private static ActorMention sentenceSubject(String text, int start, int from, List<ActorMention> mentions,
            Cues c) {
        int k = from;
        while (k < start && !Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        for (ActorMention m : mentions) {
            if (m.start() == k && m.end() <= start && subjectLike(m)) {
                // an actor of no state that opens reported words ("The agency said $500 million ...")
                // is their speaker, not the owner of a number in them
                if (m.actor().country() == null && afterComplementizer(text, start, from, c) > m.end()) {
                    return null;
                }
                String next = text.substring(m.end(), start).strip().split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
                // "Turkey and Syria ...": a coordinated subject names no single owner
                return c.coordinator.contains(next) || text.substring(m.end(), start).strip().startsWith(",") ? null : m;
            }
        }
        return null;
    }

    /**
     * True when the words between a unit and an actor name its owner: an {@code about} cue, alone
     * ("troops from X") or followed by up to two lowercase words ("aset milik bank sentral X").
     */
    private static boolean ownerGap(String gap, Cues c) {
        String g = gap.toLowerCase(Locale.ROOT);
        if (c.about.contains(g)) {
            return true;
        }
        String[] words = gap.split(" +");
        for (int k = 1; k < words.length && k <= 3; k++) {
            String cue = String.join(" ", Arrays.copyOfRange(words, 0, k)).toLowerCase(Locale.ROOT);
            if (c.about.contains(cue) && words.length - k <= 2) {
                for (int i = k; i < words.length; i++) {
                    if (!words[i].chars().allMatch(Character::isLowerCase)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * True when the gap between a unit and an actor is up to {@code modifier-gap} lowercase words
     * that modify the unit, in languages that put modifiers after the noun ("189 kapal armada
     * bayangan Rusia"): no cue word, no {@code stop} word ("yang"), no verb ({@code verb-prefix}).
     */
    private static boolean modifiers(String gap, Cues c) {
        if (c.modifierGap == 0) {
            return false;
        }
        String[] words = gap.split(" +");
        if (words.length > c.modifierGap) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-')) {
                return false;
            }
            if (c.stop.contains(w) || c.filler.contains(w) || c.location.contains(w) || c.recipient.contains(w)
                    || c.clause.contains(w) || c.coordinator.contains(w) || c.casualty.contains(w)) {
                return false;
            }
            for (String v : c.verbPrefix) {
                if (w.startsWith(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ActorMention rightAfter(String text, int end, List<ActorMention> mentions, Cues c) {
        for (ActorMention m : mentions) {
            if (m.start() < end || !ACTOR_TYPES.contains(m.actor().type())) {
                continue;
            }
            String gap = text.substring(end, m.start()).strip();
            return gap.isEmpty() || ownerGap(gap, c) || modifiers(gap, c) ? m : null;
        }
        return null;
    }

    private static ActorMention rightBefore(String text, int start, int from, List<ActorMention> mentions,
            Cues c) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.end() > start) {
                break;
            }
            if (m.start() >= from && ACTOR_TYPES.contains(m.actor().type())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String gap = text.substring(best.end(), start).strip().toLowerCase(Locale.ROOT);
        if (!onlyFillers(gap, c.filler)) {
            return null;
        }
        // a list item ("Jepang 120 personel, Filipina 45 personel") opens its clause or follows "and"; after another
        // actor in the clause it is an object ("Die USA sagten Kiew 500 Millionen Dollar zu")
        int clause = clauseStart(text, best.start(), from);
        int and = coordinator(text, clause, best.start(), c, true);
        clause = Math.max(clause, and); // "..., New Zealand dua personel dan Korea Selatan tiga personel"
        for (ActorMention m : mentions) {
            if (m.start() >= best.start()) {
                break;
            }
            if (m.start() >= clause && subjectLike(m) && m.actor().country() != null
                    && !m.actor().country().equals(best.actor().country())) {
                return null;
            }
        }
        return best;
    }

    /** True when the gap is empty or a sequence of filler phrases ("sebanyak", "more than"). */
    private static boolean onlyFillers(String gap, Set<String> fillers) {
        String rest = gap;
        while (!rest.isEmpty()) {
            String found = null;
            for (String f : fillers) {
                if (rest.startsWith(f) && (rest.length() == f.length() || rest.charAt(f.length()) == ' ')
                        && (found == null || f.length() > found.length())) {
                    found = f;
                }
            }
            if (found == null) {
                return false;
            }
            rest = rest.substring(found.length()).strip();
        }
        return true;
    }

    /**
     * The owner named earlier in the sentence when the clause of the number names none and
     * every actor before it in the sentence belongs to one country ("The joint drill included
     * the US carrier group, two destroyers and ...").
     */
    private static ActorMention soleOwnerBefore(int start, int from, List<ActorMention> mentions) {
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.end() > start) {
                break;
            }
            if (m.start() < from || !subjectLike(m)) {
                continue;
            }
            if (m.actor().country() == null) {
                return null;
            }
            if (first == null) {
                first = m;
            } else if (!first.actor().country().equals(m.actor().country())) {
                return null;
            }
        }
        return first;
    }

    /**
     * The first actor of the number's clause. A complementizer opens a clause of its own ("The
     * agency said that Slovakia was approved to buy ..."): the speaker does not own the number.
     */
    private static ActorMention clauseSubject(String text, int start, int from, List<ActorMention> mentions,
            Cues c) {
        int clause = Math.max(clauseStart(text, start, from), afterComplementizer(text, start, from, c));
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.start() >= clause && m.end() <= start && subjectLike(m)) {
                if (first == null) {
                    first = m;
                } else if (conjunctSubject(text, first, m, start, c)) {
                    first = m; // "China gave $1 million and Australia pledged A$25 million"
                }
            }
        }
        return first;
    }

    /**
     * True when {@code m} opens a second coordinated clause after the subject's own quantity:
     * a coordinator right before it (or before its article), a number between the first subject
     * and it, and a lowercase word (its verb) after it ("China gave $1 million and Australia
     * pledged A$25 million").
     */
    private static boolean conjunctSubject(String text, ActorMention first, ActorMention m, int start, Cues c) {
        String gap = text.substring(first.end(), m.start());
        if (gap.chars().noneMatch(Character::isDigit)) {
            return false; // "Russia and China sent 40 ships": a coordinated subject
        }
        String[] lead = gap.strip().split("[\\s']+");
        int k = lead.length - 1;
        if (k > 0 && lead[k].length() <= 3 && lead[k].chars().allMatch(Character::isLowerCase)
                && !c.coordinator.contains(lead[k])) {
            k--; // an article before the actor ("et l'Australie", "and the United States")
        }
        if (k < 0 || !c.coordinator.contains(lead[k].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String after = text.substring(m.end(), start).strip();
        String verb = after.split("[\\s,]+", 2)[0];
        return !verb.isEmpty() && Character.isLowerCase(verb.charAt(0))
                && !c.coordinator.contains(verb.toLowerCase(Locale.ROOT));
    }

    /**
     * The actor a relative clause of the number hangs on ("..., said Nicolás Maduro, who
     * mobilized 4.5 million militiamen"): the clause opens with a {@code relative} cue and the actor
     * stands right before its comma. Null when none.
     */
    private static ActorMention antecedent(String text, int start, int from, List<ActorMention> mentions, Cues c) {
        int clause = clauseStart(text, start, from);
        if (clause <= from || c.relative.isEmpty()) {
            return null;
        }
        int w = clause;
        while (w < start && text.charAt(w) == ' ') {
            w++;
        }
        int e = w;
        while (e < start && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e == w || !c.relative.contains(text.substring(w, e).toLowerCase(Locale.ROOT))) {
            return null;
        }
        // the actor closes the noun phrase before the comma, or names whose or where it is, at most
        // three words before the comma ("a refinery in China's Shandong province, which ...")
        ActorMention found = null;
        for (ActorMention m : mentions) {
            if (m.start() >= clauseStart(text, clause - 1, from) && m.end() <= clause - 1 && subjectLike(m)
                    && nounPhraseTail(text.substring(m.end(), clause - 1), c)) {
                found = m;
            }
        }
        return found;
    }

    /**
     * True when the words between an actor and the comma of a relative clause still belong to the
     * actor's noun phrase: none, or a possessive ending and up to three words that are no cue of a
     * clause, coordination or reported words and hold no digit ("'s Shandong province").
     */
    private static boolean nounPhraseTail(String gap, Cues c) {
        String g = gap.strip().replaceFirst("^['’]s\\b", "").strip();
        if (g.isEmpty()) {
            return true;
        }
        String[] words = g.split("\\s+");
        if (words.length > 3 || g.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (c.clause.contains(lw) || c.coordinator.contains(lw) || c.relative.contains(lw)) {
                return false;
            }
        }
        return true;
    }

    private static ActorMention place(String text, int after, int to, List<ActorMention> mentions, Cues c) {
        int limit = clauseEnd(text, after, to);
        for (ActorMention m : mentions) {
            if (m.start() < after || m.end() > limit || !PLACE_TYPES.contains(m.actor().type())
                    || nationalityWord(text, m, limit)) {
                continue; // a nationality word is no place ("killed in the Russian strike on Kyiv")
            }
            // the cue, then up to three lowercase words ("di sempadan Thailand", "en la frontera de Tailandia")
            String before = text.substring(after, m.start()).stripTrailing().toLowerCase(Locale.ROOT);
            for (int hop = 0; hop <= 3; hop++) {
                if (endsWithCue(before, c.location)) {
                    return m;
                }
                int b = before.length();
                while (b > 0 && Character.isLowerCase(text.charAt(after + b - 1))) {
                    b--;
                }
                if (b == before.length() || b == 0 || before.charAt(b - 1) != ' ') {
                    break;
                }
                before = before.substring(0, b).stripTrailing();
            }
        }
        return null;
    }

    /**
     * True for a nationality word used as an adjective: lowercase ("ruso", "russischen") or before a
     * lowercase word ("the Russian strike"); a name that is also a nationality word stays a place
     * when it ends the phrase ("en Siria.").
     */
    private static boolean nationalityWord(String text, ActorMention m, int limit) {
        if (!"demonym".equals(m.how())) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(m.start()))) {
            return true;
        }
        int k = m.end();
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        return k > m.end() && k < limit && Character.isLowerCase(text.charAt(k));
    }

    private static boolean endsWithCue(String before, List<String> cues) {
        for (String cue : cues) {
            if (before.endsWith(cue) && (before.length() == cue.length()
                    || !Character.isLetter(before.charAt(before.length() - cue.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(String text, int i) {
        char ch = text.charAt(i);
        if (ch == ',' || ch == '.') {
            boolean digitsAround = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
            return !digitsAround && (ch == ',' || !abbreviationDot(text, i));
        }
        if ((ch == '(' || ch == ')') && shortName(text, i)) {
            return false; // "tentara Amerika Serikat (AS) tewas": a short name in brackets ends no clause
        }
        return ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '!' || ch == '?' || ch == '\n';
    }

    /**
     * True when the bracket at {@code i} encloses one or two capitalized words and nothing else, the
     * short form or name of what stands before it ("(AS)", "(IRGC)", "(Korea Utara)").
     */
    private static boolean shortName(String text, int i) {
        int open = i;
        int close = i;
        if (text.charAt(i) == '(') {
            close = text.indexOf(')', i);
        } else {
            open = text.lastIndexOf('(', i);
        }
        if (open < 0 || close < 0 || close - open < 2 || close - open > 30) {
            return false;
        }
        String inner = text.substring(open + 1, close).strip();
        String[] words = inner.split(" +");
        if (inner.isEmpty() || words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))
                    || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a period inside a sentence that ends no clause: within a word or abbreviation
     * ("EE.UU", "U.S") or before a lowercase word ("EE.UU. enviara", "U.S. troops").
     */
    private static boolean abbreviationDot(String text, int i) {
        int j = i + 1;
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return Character.isLetter(text.charAt(j));
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    private static int clauseStart(String text, int start, int from) {
        for (int i = start - 1; i >= from; i--) {
            if (clauseBreak(text, i)) {
                return i + 1;
            }
        }
        return from;
    }

    /** The offset after the last complementizer ({@code clause} cue) before {@code start}, else {@code from}. */
    private static int afterComplementizer(String text, int start, int from, Cues c) {
        int i = start;
        while (i > from) {
            int[] w = wordBefore(text, i, from);
            int b = w[0];
            int e = w[1];
            if (b < e && c.clause.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
                return e;
            }
            i = b;
            if (b == e) {
                break;
            }
        }
        return from;
    }

    private static int clauseEnd(String text, int after, int to) {
        for (int i = after; i < to; i++) {
            if (clauseBreak(text, i)) {
                return i;
            }
        }
        return to;
    }

    /** Cue words of one language. */
    private record Cues(Set<String> filler, Set<String> about, List<String> location, Set<String> coordinator,
            Set<String> clause, Set<String> possessive, List<String> casualty, List<String> recipient,
            int modifierGap, Set<String> stop, List<String> verbPrefix, Set<String> source, List<String> sanction,
            List<String> attribution, List<String> withdrawal, List<String> displacement, Set<String> relative,
            List<String> observation, List<String> purchase, List<String> sale, List<String> funds,
            List<String> act, List<String> instrument, Set<String> determiner, List<String> agent,
            Set<String> others) {
        static final Cues EMPTY = new Cues(Set.of(), Set.of(), List.of(), Set.of(), Set.of(), Set.of(), List.of(),
                List.of(), 0, Set.of(), List.of(), Set.of(), List.of(), List.of(), List.of(), List.of(), Set.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), Set.of());

        static Cues load(String lang) {
            String path = "data/lexicons/" + lang + "/quantity-cues.tsv";
            if (!DataLib.exists(path)) {
                return EMPTY;
            }
            Set<String> filler = new java.util.HashSet<>();
            Set<String> about = new java.util.HashSet<>();
            List<String> location = new ArrayList<>();
            Set<String> coordinator = new java.util.HashSet<>();
            Set<String> clause = new java.util.HashSet<>();
            Set<String> possessive = new java.util.HashSet<>();
            List<String> casualty = new ArrayList<>();
            List<String> recipient = new ArrayList<>();
            Set<String> stop = new java.util.HashSet<>();
            List<String> verbPrefix = new ArrayList<>();
            int modifierGap = 0;
            Set<String> source = new java.util.HashSet<>();
            List<String> sanction = new ArrayList<>();
            List<String> attribution = new ArrayList<>();
            List<String> withdrawal = new ArrayList<>();
            List<String> displacement = new ArrayList<>();
            Set<String> relative = new java.util.HashSet<>();
            List<String> observation = new ArrayList<>();
            List<String> purchase = new ArrayList<>();
            List<String> sale = new ArrayList<>();
            List<String> funds = new ArrayList<>();
            List<String> act = new ArrayList<>();
            List<String> instrument = new ArrayList<>();
            Set<String> others = new java.util.HashSet<>();
            for (String[] row : DataLib.tsv(path, true)) {
                if (row.length < 2) {
                    throw new ConfigException("bad row in " + path + ": expected kind<TAB>word");
                }
                String w = row[1].strip().toLowerCase(Locale.ROOT);
                switch (row[0].strip()) {
                    case "filler" -> filler.add(w);
                    case "about" -> about.add(w);
                    case "location" -> location.add(w);
                    case "coordinator" -> coordinator.add(w);
                    case "clause" -> clause.add(w);
                    case "possessive" -> possessive.add(w);
                    case "casualty" -> casualty.add(w);
                    case "recipient" -> recipient.add(w);
                    case "stop" -> stop.add(w);
                    case "source" -> source.add(w);
                    case "sanction" -> sanction.add(w);
                    case "attribution" -> attribution.add(w);
                    case "withdrawal" -> withdrawal.add(w);
                    case "displacement" -> displacement.add(w);
                    case "relative" -> relative.add(w);
                    case "observation" -> observation.add(w);
                    case "purchase" -> purchase.add(w);
                    case "sale" -> sale.add(w);
                    case "funds" -> funds.add(w);
                    case "act" -> act.add(w);
                    case "instrument" -> instrument.add(w);
                    case "others" -> others.add(w);
                    case "verb-prefix" -> verbPrefix.add(w);
                    case "modifier-gap" -> {
                        try {
                            modifierGap = Integer.parseInt(w);
                        } catch (NumberFormatException e) {
                            throw new ConfigException("modifier-gap in " + path + " must be a number, got '" + w + "'",
                                    e);
                        }
                    }
                    default -> throw new ConfigException("unknown kind '" + row[0] + "' in " + path);
                }
            }
            return new Cues(Set.copyOf(filler), Set.copyOf(about), List.copyOf(location), Set.copyOf(coordinator),
                    Set.copyOf(clause), Set.copyOf(possessive), List.copyOf(casualty), List.copyOf(recipient),
                    modifierGap, Set.copyOf(stop), List.copyOf(verbPrefix), Set.copyOf(source),
                    List.copyOf(sanction), List.copyOf(attribution), List.copyOf(withdrawal),
                    List.copyOf(displacement), Set.copyOf(relative), List.copyOf(observation), List.copyOf(purchase),
                    List.copyOf(sale), List.copyOf(funds), List.copyOf(act), List.copyOf(instrument),
                    Set.copyOf(grammarWords(lang, "determiner")), List.copyOf(grammarWords(lang, "agent")),
                    Set.copyOf(others));
        }

        /**
         * The phrases of one kind in {@code data/lexicons/<lang>/grammar.tsv} (articles, agent markers),
         * shared with the rest of the pipeline so that a language lists them once; "|" gives
         * alternatives for one word ("por parte de|del").
         */
        private static List<String> grammarWords(String lang, String kind) {
            String path = "data/lexicons/" + lang + "/grammar.tsv";
            List<String> out = new ArrayList<>();
            if (!DataLib.exists(path)) {
                return out;
            }
            for (String[] row : DataLib.tsv(path, true)) {
                if (row.length < 2 || !row[1].strip().equals(kind)) {
                    continue;
                }
                List<String> phrases = List.of("");
                for (String word : row[0].strip().toLowerCase(Locale.ROOT).split(" +")) {
                    List<String> longer = new ArrayList<>();
                    for (String head : phrases) {
                        for (String alt : word.split("\\|")) {
                            longer.add(head.isEmpty() ? alt : head + " " + alt);
                        }
                    }
                    phrases = longer;
                }
                out.addAll(phrases);
            }
            return out;
        }
    }
}
