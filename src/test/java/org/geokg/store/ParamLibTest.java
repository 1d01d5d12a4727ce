package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamLibTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "42|" + XSD + "integer",
        "-7|" + XSD + "integer",
        "1.5|" + XSD + "decimal",
        "2021-08-12|" + XSD + "date",
        "2021-02-30|" + XSD + "string",
        "2021-08|" + XSD + "string",
        "062|" + XSD + "string",
        "North Korea|" + XSD + "string",
        "x\" } ; DROP ALL ; #|" + XSD + "string",
    })
    void literalsAreTypedByTheirShape(String value, String datatype) {
        Node n = ParamLib.node(value);
        assertTrue(n.isLiteral());
        assertEquals(value, n.getLiteralLexicalForm());
        assertEquals(datatype, n.getLiteralDatatypeURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "<https://w3id.org/geokg/id/country/PRK>, https://w3id.org/geokg/id/country/PRK",
        "https://w3id.org/geokg/id/country/PRK, https://w3id.org/geokg/id/country/PRK",
        "http://example.org/x, http://example.org/x",
        "<urn:x:1>, urn:x:1",
    })
    void iriValuesBecomeIris(String value, String iri) {
        Node n = ParamLib.node(value);
        assertTrue(n.isURI());
        assertEquals(iri, n.getURI());
    }

    @Test
    void anIriWithSpacesIsRejected() {
        assertThrows(InputException.class, () -> ParamLib.node("<http://x/a b>"));
    }

    @Test
    void namesMayCarryAQuestionMark() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("?country", "PRK");
        p.put("$n", "3");
        Binding b = ParamLib.binding(p);
        assertEquals("PRK", b.get(Var.alloc("country")).getLiteralLexicalForm());
        assertEquals("3", b.get(Var.alloc("n")).getLiteralLexicalForm());
    }

    @Test
    void aNameThatIsNoVariableIsRejected() {
        InputException e = assertThrows(InputException.class, () -> ParamLib.var("a b"));
        assertTrue(e.getMessage().contains("a b"));
    }

    @Test
    void theSameVariableTwiceIsRejected() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("x", "1");
        p.put("?x", "2");
        assertThrows(InputException.class, () -> ParamLib.binding(p));
    }

    @ParameterizedTest(name = "?{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
        "state|A B",
        "state|PRK; DROP",
        "stateA|https://w3id.org/geokg/id/country/A B",
        "about|North Korea",
        "from|2021-13",
        "to|2021-02-30",
        "to|yesterday",
        "minArticles|-1",
        "minArticles|two",
        "cameo|06x",
        "language|english",
        "event|not an iri",
        "event|https://w3id.org/geokg/id/event/a b",
    })
    void aValueThatCannotBeATermOfItsParameterIsRefusedNamingIt(String name, String value) {
        InputException e = assertThrows(InputException.class, () -> ParamLib.binding(Map.of(name, value)));
        assertTrue(e.getMessage().contains("?" + name), e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @ParameterizedTest(name = "?{0}={1} is accepted")
    @CsvSource(delimiter = '|', value = {
        "state|PRK",
        "state|prk",
        "state|https://w3id.org/geokg/id/country/PRK",
        "stateB|<https://w3id.org/geokg/id/country/USA>",
        "from|2021",
        "from|2021-08",
        "to|2021-08-31",
        "minArticles|2",
        "cameo|062",
        "language|id",
        "event|https://w3id.org/geokg/id/event/abc",
        "speaker|Sin Hong-chol",
        "article|gen-1",
        "anythingElse|A B",
    })
    void valuesOfTheirKindAreAccepted(String name, String value) {
        Binding b = ParamLib.binding(Map.of(name, value));
        assertTrue(b.contains(Var.alloc(name)));
    }
}
