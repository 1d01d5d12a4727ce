package org.geokg.store;

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

    /** The RDF term for a parameter value: the one typing rule of {@link QueryLib#term(String)}. */
    public static Node node(String value) {
        if (value == null) {
            throw new InputException("query parameter value is missing (use --param name=value)");
        }
        return QueryLib.term(value);
    }
}
