package org.geokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.extract.time.DateMention;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;

/** Builds prepared texts, mentions and dates by hand for the event and claim tests. */
public final class TextFixtures {
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private TextFixtures() {
    }

    /** A prepared text whose body is every non-blank line; sentences are left to the extractor. */
    public static PreparedText prepared(String text, String lang, LocalDate published) {
        List<TextSpan> body = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int a = s;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    body.add(new TextSpan(a, b));
                }
                s = i + 1;
            }
        }
        Article art = new Article("t", "t.txt", null, null, published == null ? null : published.toString(), lang,
                null, text);
        return new PreparedText(art, lang, null, null, published, null, List.of(), List.of(), List.of(), body,
                List.of());
    }

    /** A country actor. */
    public static Actor country(String iso, String label) {
        return new Actor("country:" + iso, EntityType.Country, label, null, iso, null, null);
    }

    /** A person actor. */
    public static Actor person(String name, String iso) {
        return new Actor("person:" + iso + ":" + name.toLowerCase(), EntityType.Person, name, null, iso, "GOV", null);
    }

    /** An organization actor. */
    public static Actor org(String name, String iso) {
        return new Actor("org:" + name.toLowerCase(), EntityType.Organization, name, null, iso, "GOV", null);
    }

    /**
     * Every whole-word occurrence of each name, longest names first, without overlaps.
     * {@code names} alternates name and actor: "Korut", prk, "Rusia", rus.
     */
    public static List<ActorMention> mentions(String text, Object... names) {
        List<ActorMention> out = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            order.add(i);
        }
        order.sort((a, b) -> ((String) names[b]).length() - ((String) names[a]).length());
        for (int i : order) {
            String name = (String) names[i];
            Actor actor = (Actor) names[i + 1];
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int k = m.start(); k < m.end(); k++) {
                    free &= !used[k];
                }
                if (free) {
                    for (int k = m.start(); k < m.end(); k++) {
                        used[k] = true;
                    }
                    out.add(new ActorMention(actor, m.start(), m.end(), name, "gazetteer"));
                }
            }
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    /** Bare four-digit years as date mentions (what the date finder gives at least). */
    public static List<DateMention> years(String text) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(new DateMention(m.start(), m.end(), m.group(), m.group(), null, false, false));
        }
        return out;
    }
}
