package org.geokg.extract.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.kg.model.EntityType;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity types in the gazetteers are {@link EntityType}s: a type the enum lacks stops the load. */
class GazetteerTypesTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noOverlay() {
        System.clearProperty(DataLib.OVERLAY_PROPERTY);
    }

    @Test
    void bundledActorsCarryTheirType() {
        Gazetteer g = Gazetteer.load();
        assertEquals(EntityType.Country, g.country("FRA").type());
    }

    @Test
    void anUnknownTypeNamesFileRowAndValue() throws IOException {
        Path places = tmp.resolve("data/gazetteers/places.tsv");
        Files.createDirectories(places.getParent());
        Files.writeString(places, "label\ttype\tcountry\twikidata\taliases\nAtlantis\tContinent\t\t\t\n",
                StandardCharsets.UTF_8);
        System.setProperty(DataLib.OVERLAY_PROPERTY, tmp.toString());
        ConfigException e = assertThrows(ConfigException.class, Gazetteer::load);
        assertTrue(e.getMessage().contains("places.tsv") && e.getMessage().contains("Atlantis")
                && e.getMessage().contains("Continent"), e.getMessage());
    }
}
