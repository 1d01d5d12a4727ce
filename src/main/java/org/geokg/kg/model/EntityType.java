package org.geokg.kg.model;

/** Entity types of the extraction format (the JSON uses the constant names as written). */
public enum EntityType {
    Country, Person, Organization, Location, Region, Event
}
