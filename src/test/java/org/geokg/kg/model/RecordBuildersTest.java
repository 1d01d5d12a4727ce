package org.geokg.kg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders of the document records set components by name and copy every component. */
class RecordBuildersTest {
    private static final Event EVENT = new Event("v1", "042", "CONSULT", 1, 1.9, List.of("e1"), List.of("e2"),
            "2024-03-04", null, "asserted", "e3", new Evidence("France met Japan.", 0, 17), 0.8);
    private static final Claim CLAIM = new Claim("c1", "e1", "e2", true, "We agree", 1, 9, List.of("e3"),
            List.of("v1"), "2024-03-04", List.of("e4"), "e5");

    @Test
    void anEventBuiltByNameEqualsTheOneBuiltByPosition() {
        Event built = Event.create().ref("v1").cameo("042").plover("CONSULT").quad(1).goldstein(1.9)
                .source(List.of("e1")).target(List.of("e2")).date("2024-03-04").modality("asserted").location("e3")
                .evidence(new Evidence("France met Japan.", 0, 17)).confidence(0.8).build();
        assertEquals(EVENT, built);
    }

    @Test
    void toBuilderCopiesEveryComponentAndChangesOnlyWhatIsSet() {
        assertEquals(EVENT, EVENT.toBuilder().build());
        assertEquals(CLAIM, CLAIM.toBuilder().build());
        Event later = EVENT.toBuilder().date("2024-03-05").build();
        assertNotEquals(EVENT, later);
        assertEquals(EVENT, later.toBuilder().date("2024-03-04").build());
        assertEquals(List.of("v2"), CLAIM.toBuilder().asserts(List.of("v2")).build().asserts());
    }

    @Test
    void entityAndArticleInfoBuiltByNameEqualTheOnesBuiltByPosition() {
        Entity e = new Entity("e1", "Person", "Ana", null, "FRA", "GOV", "minister", null,
                List.of(new Mention("Ana", 0, 3)));
        assertEquals(e, Entity.create().ref("e1").type("Person").label("Ana").country("FRA").sector("GOV")
                .role("minister").mentions(List.of(new Mention("Ana", 0, 3))).build());
        assertEquals(e, e.toBuilder().build());
        ArticleInfo a = new ArticleInfo("a1", "a.txt", "en", "Title", "2024-03-04", "AFP", List.of("e2"), List.of());
        assertEquals(a, ArticleInfo.create().id("a1").file("a.txt").language("en").title("Title")
                .published("2024-03-04").publisher("AFP").reportedVia(List.of("e2")).primarySources(List.of()).build());
        assertEquals(a, a.toBuilder().build());
    }
}
