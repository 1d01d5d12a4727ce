package org.geokg.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.geokg.sys.InputException;

/**
 * Turns query parameters ({@code --param name=value}) into RDF terms that are bound to query
 * variables; values are never spliced into the query text. Thread-safe (stateless).
 *
 * <pre>{@code
 * Binding b = ParamLib.binding(Map.of("country", "https://w3id.org/geokg/id/country/PRK", "since", "2021-01-01"));
 * }</pre>
 *
 * <p>Typing rule for a value: {@code <...>} or a value starting with {@code http://} or
 * {@code https://} is an IRI; an integer ({@code -12}) is {@code xsd:integer}; a decimal
 * ({@code 1.5}) is {@code xsd:decimal}; a calendar date {@code YYYY-MM-DD} is
 * {@code xsd:date}; anything else is a plain string literal.
 */
public final class ParamLib {
    private static final Pattern VAR_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern BAD_IRI_CHARS = Pattern.compile("[\\s<>\"{}|\\\\^`]");

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
            b.add(v, node(e.getValue()));
        }
        return b.build();
    }

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

    /** The RDF term for a parameter value, by the typing rule of this class. */
    public static Node node(String value) {
        if (value == null) {
            throw new InputException("query parameter value is missing (use --param name=value)");
        }
        if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
            return iri(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return iri(value);
        }
        if (INTEGER.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        if (DECIMAL.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal);
        }
        if (DATE.matcher(value).matches() && isDate(value)) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String iri) {
        if (iri.isEmpty() || BAD_IRI_CHARS.matcher(iri).find()) {
            throw new InputException("query parameter value <" + iri
                    + "> is not a valid IRI (no spaces, quotes or angle brackets allowed)");
        }
        return NodeFactory.createURI(iri);
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
