// Queries over events shared by the timeline and the network: the events of a dyad (either
// direction; an actor counts for its state) under the filters of the views, always limited.

import { PREFIXES, NS, iri, lit, countryIri } from './sparql.js';
import { periodFilter } from './ui.js';

const CLUSTERS = 'https://w3id.org/geokg/graph/clusters';

/**
 * The pattern binding ?e (once per direction) for events between states a and b, either
 * way, with ?s and ?t the source and target states. Index look-ups only.
 */
export function dyadPattern(a, b) {
    const one = (x, y) => `{
    { ?e gkg:source ${x} } UNION { ?sx0 gkg:country ${x} . ?e gkg:source ?sx0 }
    ?e gkg:target ?tx0 .
    OPTIONAL { ?tx0 gkg:country ?tc0 }
    FILTER(COALESCE(?tc0, ?tx0) = ${y})
    BIND(${x} AS ?s) BIND(${y} AS ?t)
  }`;
    const A = iri(countryIri(a));
    const B = iri(countryIri(b));
    return `${one(A, B)}\n  UNION\n  ${one(B, A)}`;
}

/** Filters on an event ?e: CAMEO root (two digits), quad class, minimum corroboration. */
export function eventFilters(f) {
    let out = '';
    if (f.root) {
        if (!/^[0-9]{2}$/.test(f.root)) {
            throw new Error(`CAMEO root must be two digits (01-20), got '${f.root}'`);
        }
        out += `?e gkg:cameoCode ?rootCode . FILTER(STRSTARTS(?rootCode, ${lit(f.root)}))\n`;
    }
    if (f.quad) {
        out += `?e gkg:quadClass ?fq . FILTER(?fq = ${Number(f.quad)})\n`;
    }
    if (f.minCorroboration && Number(f.minCorroboration) > 1) {
        out += `GRAPH <${CLUSTERS}> { ?k gkg:clusterMember ?e ; gkg:mentionCount ?mc }
FILTER(?mc >= ${Number(f.minCorroboration)})\n`;
    }
    return out;
}

/**
 * Filter on ?date for one bucket of the timeline: 'undated', a month (YYYY-MM), a year
 * (YYYY), a day, or a week given as 'W' + its Monday (W2021-08-09).
 */
export function bucketFilter(bucket, v) {
    if (!bucket) {
        return '';
    }
    if (bucket === 'undated') {
        return `FILTER(!BOUND(${v}))\n`;
    }
    if (bucket.startsWith('W')) {
        const monday = bucket.slice(1);
        const d = new Date(monday + 'T00:00:00Z');
        d.setUTCDate(d.getUTCDate() + 6);
        const sunday = d.toISOString().slice(0, 10);
        return `FILTER(BOUND(${v}) && STRLEN(STR(${v})) >= 10 && SUBSTR(STR(${v}), 1, 10) >= ${lit(monday)}
  && SUBSTR(STR(${v}), 1, 10) <= ${lit(sunday)})\n`;
    }
    if (bucket.startsWith('~')) {
        return `FILTER(BOUND(${v}) && STR(${v}) = ${lit(bucket.slice(1))})\n`;
    }
    return `FILTER(BOUND(${v}) && STRSTARTS(STR(${v}), ${lit(bucket)}))\n`;
}

/**
 * One page of the events between a and b under the filters: ?e ?date ?source ?target ?cameo
 * ?name ?quad ?goldstein ?evidence, dated first, by date.
 */
export function dyadEventsQuery(a, b, f) {
    const limit = Number(f.limit || 100);
    return `${PREFIXES}SELECT ?e (SAMPLE(?d0) AS ?date) (SAMPLE(?src) AS ?source) (SAMPLE(?tgt) AS ?target)
  (SAMPLE(?c0) AS ?cameo) (SAMPLE(?n0) AS ?name) (SAMPLE(?q0) AS ?quad) (SAMPLE(?g0) AS ?goldstein)
  (SAMPLE(?x0) AS ?evidence)
WHERE {
  {
    SELECT DISTINCT ?e ?s ?t ?d WHERE {
      ${dyadPattern(a, b)}
      OPTIONAL { ?e dcterms:date ?d }
      ${periodFilter('?d', f.from, f.to)}
      ${bucketFilter(f.bucket, '?d')}
      ${eventFilters(f)}
    }
    ORDER BY (!BOUND(?d)) ?d ?e
    LIMIT ${limit}
  }
  ?e gkg:cameoCode ?c0 ; gkg:quadClass ?q0 ; gkg:evidence/oa:hasSelector/oa:exact ?x0 .
  OPTIONAL { ?e gkg:goldstein ?g0 }
  OPTIONAL { ?e gkg:cameo/skos:prefLabel ?n0 FILTER(LANG(?n0) = "en" || LANG(?n0) = "") }
  BIND(?d AS ?d0)
  BIND(STRAFTER(STR(?s), "/id/country/") AS ?src)
  BIND(STRAFTER(STR(?t), "/id/country/") AS ?tgt)
}
GROUP BY ?e
ORDER BY (!BOUND(?date)) ?date ?e`;
}

/** Events of the dyad counted per day or month and quad class, with their Goldstein sum. */
export function dyadTimelineQuery(a, b, f) {
    const len = f.granularity === 'month' ? 7 : 10;
    return `${PREFIXES}SELECT ?bucket ?quad (COUNT(?e) AS ?events) (SUM(COALESCE(?g, 0)) AS ?goldstein)
WHERE {
  {
    SELECT DISTINCT ?e WHERE {
      ${dyadPattern(a, b)}
    }
  }
  ?e gkg:quadClass ?quad .
  OPTIONAL { ?e dcterms:date ?date }
  OPTIONAL { ?e gkg:goldstein ?g }
  ${periodFilter('?date', f.from, f.to)}
  ${eventFilters(f)}
  BIND(IF(BOUND(?date), SUBSTR(STR(?date), 1, ${len}), "undated") AS ?bucket)
}
GROUP BY ?bucket ?quad
ORDER BY ?bucket ?quad
LIMIT 10000`;
}

/**
 * The network: pairs of states (an actor counts for its state) with their events per quad
 * class, under the filters; the largest pairs first, at most `limit` rows. Events are grouped
 * by their actors first and only the groups are mapped to states (a few hundred look-ups
 * instead of one per event), so an event naming a state and one of its people on the same
 * side counts once for each of them.
 */
export function networkQuery(f) {
    return `${PREFIXES}SELECT ?s ?t ?quad (SUM(?n) AS ?events)
WHERE {
  {
    SELECT ?sx ?tx ?quad (COUNT(?e) AS ?n) WHERE {
      ?e gkg:quadClass ?quad ;
         gkg:source ?sx ;
         gkg:target ?tx .
      ${f.from || f.to ? '?e dcterms:date ?date .' : ''}
      ${periodFilter('?date', f.from, f.to)}
      ${eventFilters(f)}
    }
    GROUP BY ?sx ?tx ?quad
  }
  OPTIONAL { ?sx gkg:country ?sc }
  OPTIONAL { ?tx gkg:country ?tc }
  BIND(COALESCE(?sc, ?sx) AS ?s)
  BIND(COALESCE(?tc, ?tx) AS ?t)
  FILTER(?s != ?t && STRSTARTS(STR(?s), "${NS.country}") && STRSTARTS(STR(?t), "${NS.country}"))
}
GROUP BY ?s ?t ?quad
ORDER BY DESC(?events) ?s ?t
LIMIT ${Number(f.limit || 2000)}`;
}

/** The CAMEO roots (01-20) with their English names. */
export const ROOTS_QUERY = `${PREFIXES}SELECT ?root (SAMPLE(?n) AS ?name) WHERE {
  ?c skos:topConceptOf ?scheme ; skos:notation ?root ; skos:prefLabel ?n .
  FILTER(LANG(?n) = "en" || LANG(?n) = "")
  FILTER(STRLEN(?root) = 2)
} GROUP BY ?root ORDER BY ?root`;
