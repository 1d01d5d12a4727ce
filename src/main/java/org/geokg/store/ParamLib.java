package org.geokg.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.geokg.kg.QueryLib;
import org.geokg.sys.InputException;

/**
 * Turns query parameters ({@code --param name=value}) into RDF terms that are bound to query
 * variables; values are never spliced into the query text. Thread-safe (stateless).
 *
 * <pre>{@code
 * Binding b = ParamLib.binding(Map.of("country", "https://w3id.org/geokg/id/country/PRK", "since", "2021-01-01"));
 * }</pre>
 *
 * <p>Values are typed by {@link QueryLib#term(String)} (documented in queries/README.md): an
 * IRI for {@code <...>}, {@code http(s)://} and {@code urn:}; {@code xsd:integer},
 * {@code xsd:decimal}, {@code xsd:date} and {@code xsd:boolean} by shape ({@code 062} and
 * {@code 2021-08} stay strings); anything else is a plain string literal.
 */
public final class ParamLib {
    private static final Pattern VAR_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ParamLib() {
    }

    /** The binding of all parameters; names may start with {@code ?} or {@code $}. */
    public static Binding binding(Map<String, String> params) {
        BindingBuilder b = BindingBuilder.create();
        if (params == null) {
            return b.build();
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            Var v = var(e.getKey());
            if (b.contains(v)) {
                throw new InputException("query parameter ?" + v.getVarName() + " is given twice");
            }
            b.add(v, node(v.getVarName(), e.getValue()));
        }
        return b.build();
    }

    /**
     * The term for parameter {@code name}, after checking that the value can be a term of that
     * kind: a parameter the saved queries use with a known meaning (states, dates, counts,
     * CAMEO codes, languages, IRIs, text) must have a value of that kind, so that a bad value
     * is refused here instead of failing inside the query (where an expression error could
     * drop a filter and widen the answer). Other names are typed by {@link #node(String)}.
     */
    public static Node node(String name, String value) {
        if (value == null) {
            throw new InputException("query parameter ?" + name + " has no value (use --param " + name + "=VALUE)");
        }
        Kind kind = KINDS.get(name);
        if (kind != null && !kind.pattern().matcher(value.strip()).matches()) {
            throw new InputException("query parameter ?" + name + ": '" + shorten(value) + "' is not "
                    + kind.expected());
        }
        if (kind != null && kind == DATE_KIND && !validDate(value.strip())) {
            throw new InputException("query parameter ?" + name + ": '" + shorten(value) + "' is not a calendar "
                    + "date (" + DATE_KIND.expected() + ")");
        }
        return node(value);
    }

    private static boolean validDate(String v) {
        try {
            if (v.length() == 10) {
                LocalDate.parse(v);
            } else if (v.length() == 7) {
                YearMonth.parse(v);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String shorten(String v) {
        return v.length() <= 80 ? v : v.substring(0, 77) + "...";
    }

    /** What a parameter's value must look like, and how to say so. */
    private record Kind(Pattern pattern, String expected) {
    }

    private static final String COUNTRY_IRI = "(<?https://w3id\\.org/geokg/id/country/[A-Za-z]{2,3}>?)";
    private static final Kind STATE_KIND = new Kind(Pattern.compile("[A-Za-z]{2,3}|" + COUNTRY_IRI),
            "a state: an ISO alpha-3 code (PRK) or a country IRI (https://w3id.org/geokg/id/country/PRK)");
    private static final Kind DATE_KIND = new Kind(Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?"),
            "a date: YYYY, YYYY-MM or YYYY-MM-DD");
    private static final Kind COUNT_KIND = new Kind(Pattern.compile("\\d{1,9}"), "a whole number (2)");
    private static final Kind CAMEO_KIND = new Kind(Pattern.compile("\\d{2,4}"),
            "a CAMEO code of 2 to 4 digits (062)");
    private static final Kind LANGUAGE_KIND = new Kind(Pattern.compile("[A-Za-z]{2,3}"),
            "an ISO 639-1 language code (id)");
    private static final Kind IRI_KIND = new Kind(Pattern.compile("<?(https?://|urn:)[^\\s<>\"{}|\\\\^`]+>?"),
            "an IRI (https://w3id.org/geokg/id/event/...)");
    private static final Kind TEXT_KIND = new Kind(Pattern.compile("[^\\p{Cntrl}]{1,200}"),
            "text of 1 to 200 characters without control characters");
    private static final Kind ID_KIND = new Kind(Pattern.compile("[^\\s\\p{Cntrl}]{1,300}"),
            "an article IRI or identifier (no spaces)");

    /** The parameters of the saved queries (queries/*.rq headers) and their kinds. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("state", STATE_KIND), Map.entry("stateA", STATE_KIND), Map.entry("stateB", STATE_KIND),
            Map.entry("about", STATE_KIND),
            Map.entry("from", DATE_KIND), Map.entry("to", DATE_KIND),
            Map.entry("minArticles", COUNT_KIND),
            Map.entry("cameo", CAMEO_KIND),
            Map.entry("language", LANGUAGE_KIND),
            Map.entry("event", IRI_KIND),
            Map.entry("article", ID_KIND),
            Map.entry("outlet", TEXT_KIND), Map.entry("speaker", TEXT_KIND), Map.entry("person", TEXT_KIND),
            Map.entry("modality", TEXT_KIND), Map.entry("unit", TEXT_KIND), Map.entry("type", TEXT_KIND));

    /** The variable a parameter name binds. */
    public static Var var(String name) {
        String n = name == null ? "" : name.strip();
        if (n.startsWith("?") || n.startsWith("$")) {
            n = n.substring(1);
        }
        if (!VAR_NAME.matcher(n).matches()) {
            throw new InputException("query parameter name '" + name
                    + "' is not a SPARQL variable name (letters, digits and _; e.g. --param country=...)");
        }
        return Var.alloc(n);
    }

    /** The RDF term for a parameter value: the one typing rule of {@link QueryLib#term(String)}. */
    public static Node node(String value) {
        if (value == null) {
            throw new InputException("query parameter value is missing (use --param name=value)");
        }
        return QueryLib.term(value);
    }
}
