package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming isomorphism of two N-Quads files: ground quads by digest, blank-node quads by Jena. */
class NQuadsCompareTest {
    private static final String A = """
            <urn:s1> <urn:p> "one" <urn:g1> .
            <urn:s2> <urn:p> "two"@en <urn:g1> .
            <urn:s3> <urn:p> <urn:o> <urn:g2> .
            <urn:s4> <urn:p> "4"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:x <urn:p> _:y <urn:shapes> .
            _:y <urn:q> "leaf" <urn:shapes> .
            """;

    @TempDir
    Path tmp;

    @Test
    void reorderedLinesAndRenamedBlankNodesAreIsomorphic() throws IOException {
        String b = """
                _:b7 <urn:q> "leaf" <urn:shapes> .
                <urn:s3> <urn:p> <urn:o> <urn:g2> .
                <urn:s4> <urn:p> "4"^^<http://www.w3.org/2001/XMLSchema#integer> .
                _:b9 <urn:p> _:b7 <urn:shapes> .
                <urn:s2> <urn:p> "two"@en <urn:g1> .
                <urn:s1> <urn:p> "one" <urn:g1> .
                """;
        NQuadsCompare.Result r = NQuadsCompare.compare(write("a.nq", A), write("b.nq", b));
        assertTrue(r.isomorphic(), r.toString());
        assertEquals(6, r.quadsA());
        assertEquals(2, r.blankQuadsB());
    }

    @Test
    void aChangedLiteralNamesItsGraph() throws IOException {
        NQuadsCompare.Result r = NQuadsCompare.compare(write("a.nq", A), write("b.nq", A.replace("\"two\"@en",
                "\"two\"@fr")));
        assertFalse(r.isomorphic());
        assertEquals(List.of("urn:g1"), r.differingGraphs());
    }

    @Test
    void aMissingQuadOfTheDefaultGraphIsFound() throws IOException {
        NQuadsCompare.Result r = NQuadsCompare.compare(write("a.nq", A), write("b.nq",
                A.replace("<urn:s4> <urn:p> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", "")));
        assertFalse(r.isomorphic());
        assertEquals(List.of("default"), r.differingGraphs());
    }

    @Test
    void differentBlankNodeStructureIsNotIsomorphic() throws IOException {
        String b = A.replace("_:y <urn:q> \"leaf\" <urn:shapes> .", "_:x <urn:q> \"leaf\" <urn:shapes> .");
        NQuadsCompare.Result r = NQuadsCompare.compare(write("a.nq", A), write("b.nq", b));
        assertFalse(r.isomorphic(), r.toString());
        assertTrue(r.differingGraphs().isEmpty(), r.toString());
    }

    @Test
    void aFileThatIsNotNQuadsIsAnInputError() throws IOException {
        assertThrows(InputException.class, () -> NQuadsCompare.compare(write("a.nq", A), write("b.nq", "oops\n")));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}
