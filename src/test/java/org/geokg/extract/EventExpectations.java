package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;

/**
 * Expectations on the events of one extraction, written as short strings by the construction
 * tests: {@code ROOT SRC>TGT [modality]} (an event whose code starts with ROOT, SRC among the
 * countries of its source and TGT among those of its target, with that modality when given),
 * {@code ROOT A~B [modality]} (both among its participants: symmetric acts); several joined by
 * {@code ;}; one opening with {@code !} must not be found.
 *
 * <pre>{@code
 * EventExpectations.check(PipelineFixture.run("en", "Kenya urged Ethiopia to ..."), "02 KEN>ETH; !19 KEN>ETH");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class EventExpectations {

    private EventExpectations() {
    }

    /** Asserts every expectation of {@code expected} on {@code d}, showing its events when one fails. */
    static void check(ExtractionDocument d, String expected) {
        for (String one : expected.split(";")) {
            String e = one.trim();
            if (e.startsWith("!")) {
                assertFalse(has(d, e.substring(1)), () -> e.substring(1) + " wrongly in " + shown(d));
            } else {
                assertTrue(has(d, e), () -> e + " not in " + shown(d));
            }
        }
    }

    /** True when an event of {@code d} satisfies one expectation ("11 CHN>JPN", "04 EGY~SDN future"). */
    static boolean has(ExtractionDocument d, String expectation) {
        String[] w = expectation.trim().split(" ");
        boolean symmetric = w[1].contains("~");
        String[] sides = w[1].split(symmetric ? "~" : ">");
        String modality = w.length > 2 ? w[2] : null;
        Map<String, Entity> es = PipelineFixture.byRef(d);
        for (Event v : d.events()) {
            Set<String> src = countries(es, v.source());
            Set<String> tgt = countries(es, v.target());
            Set<String> all = new HashSet<>(src);
            all.addAll(tgt);
            boolean parties = symmetric ? all.contains(sides[0]) && all.contains(sides[1])
                    : src.contains(sides[0]) && tgt.contains(sides[1]);
            if (v.cameo().startsWith(w[0]) && parties && (modality == null || modality.equals(v.modality()))) {
                return true;
            }
        }
        return false;
    }

    /** The events of {@code d} as "CODE [SRC]>[TGT] modality", for failure messages. */
    static String shown(ExtractionDocument d) {
        Map<String, Entity> es = PipelineFixture.byRef(d);
        return d.events().stream().map(v -> v.cameo() + " " + countries(es, v.source()) + ">"
                + countries(es, v.target()) + " " + v.modality()).toList().toString();
    }

    private static Set<String> countries(Map<String, Entity> es, List<String> refs) {
        return refs.stream().map(es::get).filter(Objects::nonNull).map(Entity::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
