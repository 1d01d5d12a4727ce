package org.geokg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.mentions.GazetteerMentionFinder;

/** Prints the mentions found in a text file (development aid): MentionDump FILE LANG. */
final class MentionDump {
    private MentionDump() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        GazetteerMentionFinder f = GazetteerMentionFinder.create();
        for (ActorMention m : f.find(PreparedTexts.of("x", text, args[1]))) {
            Actor a = m.actor();
            System.out.printf("%5d %-28s %-9s %-34s %s %s %s %s%n", m.start(), m.text().replace('\n', ' '), m.how(),
                    a.key(), a.country(), a.sector(), a.role(), a.wikidata());
        }
    }
}
