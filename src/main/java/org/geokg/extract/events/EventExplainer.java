package org.geokg.extract.events;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.extract.analysis.ArticleView;
import org.geokg.extract.lexicon.EventLexicon;
import org.geokg.extract.lexicon.Token;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.nlp.TextSpan;

/**
 * A debug trace of {@link LexiconEventExtractor}'s decisions, on when the system property
 * {@code geokg.explain} is {@code true} ({@code java -Dgeokg.explain=true -jar geokg-all.jar
 * extract a.txt}): for each sentence its clauses, the actor mentions in it and the triggers
 * matched (words, row, CAMEO code), then for each trigger the event it made or the reason it
 * made none. Lines go to stderr, each opening with {@code [explain]}; normal output is untouched.
 * Not thread-safe: one instance per article run.
 *
 * <pre>{@code
 * EventExplainer x = EventExplainer.fromSystemProperty();
 * if (x.on()) { x.sentence(view, s, toks, clauses, matches); }
 * }</pre>
 */
final class EventExplainer {
    /** The system property that turns the trace on. */
    static final String PROPERTY = "geokg.explain";
    private static final EventExplainer OFF = new EventExplainer(null);

    private final PrintStream out;

    private EventExplainer(PrintStream out) {
        this.out = out;
    }

    /** A trace to stderr when {@value #PROPERTY} is true, else a silent one. */
    static EventExplainer fromSystemProperty() {
        return Boolean.getBoolean(PROPERTY) ? new EventExplainer(System.err) : OFF;
    }

    /** A trace to {@code out} (tests). */
    static EventExplainer to(PrintStream out) {
        return new EventExplainer(out);
    }

    boolean on() {
        return out != null;
    }

    /** Opens sentence {@code s}: its text, clauses, actor mentions and matched triggers. */
    void sentence(ArticleView v, int s, List<Token> toks, List<int[]> clauses, List<EventLexicon.Match> matches) {
        if (out == null) {
            return;
        }
        TextSpan sent = v.sentences.get(s);
        out.println("[explain] S" + s + " " + oneLine(v.text.substring(sent.start(), sent.end())));
        List<String> cs = new ArrayList<>();
        for (int[] c : clauses) {
            cs.add("[" + words(toks, c[0], Math.min(c[1], c[0] + 4)) + (c[1] - c[0] > 4 ? " ..." : "") + "]");
        }
        out.println("[explain]   clauses: " + String.join(" | ", cs));
        List<String> as = new ArrayList<>();
        for (ActorMention a : v.eventPartiesIn(sent.start(), sent.end())) {
            as.add(oneLine(a.text()) + "=" + ArticleView.participantId(a.actor()) + "@c" + clauseAt(toks, clauses,
                    a.start()) + (a.how() == null || a.how().isEmpty() ? "" : "(" + a.how() + ")"));
        }
        out.println("[explain]   actors: " + (as.isEmpty() ? "(none)" : String.join(", ", as)));
        if (matches.isEmpty()) {
            out.println("[explain]   triggers: (none)");
        }
        Set<String> seen = new HashSet<>();
        for (EventLexicon.Match m : matches) {
            if (!seen.add(m.from() + ":" + m.to() + ":" + m.entry().where())) {
                continue;
            }
            out.println("[explain]   trigger \"" + words(toks, m.from(), m.to()) + "\" " + m.entry().cameo()
                    + " row=" + m.entry().where() + " @c" + clauseOf(clauses, m.from()));
        }
    }

    /** What became of trigger {@code m}: event {@code c} (or none) and why. */
    void outcome(List<Token> toks, EventLexicon.Match m, EventCandidate c, String what) {
        if (out == null) {
            return;
        }
        String ev = c == null ? "" : " " + c.cameo() + " " + ids(c.source()) + "->" + ids(c.target()) + " "
                + c.modality();
        out.println("[explain]   -> \"" + words(toks, m.from(), m.to()) + "\" " + m.entry().cameo() + ev + ": "
                + (c == null ? "DROPPED " : "") + what);
    }

    private static String ids(List<Actor> as) {
        List<String> out = new ArrayList<>();
        for (Actor a : as) {
            out.add(ArticleView.participantId(a));
        }
        return out.toString();
    }

    private static int clauseOf(List<int[]> clauses, int token) {
        for (int k = 0; k < clauses.size(); k++) {
            if (token >= clauses.get(k)[0] && token < clauses.get(k)[1]) {
                return k;
            }
        }
        return -1;
    }

    private static int clauseAt(List<Token> toks, List<int[]> clauses, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() > offset) {
                return clauseOf(clauses, i);
            }
        }
        return -1;
    }

    private static String words(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to && i < toks.size(); i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(toks.get(i).text());
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
