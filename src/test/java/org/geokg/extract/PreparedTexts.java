package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.Article;
import org.geokg.nlp.TextSpan;

/** Builds a {@link PreparedText} by hand for finder tests: body = whole text, rough sentences. */
public final class PreparedTexts {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

    private PreparedTexts() {
    }

    public static PreparedText of(String text, String language) {
        return of("test", text, language);
    }

    public static PreparedText of(String id, String text, String language) {
        Article a = new Article(id, id + ".txt", null, null, null, language, null, text);
        List<TextSpan> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                sentences.add(new TextSpan(m.start(), m.end()));
            }
        }
        return new PreparedText(a, language, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(new TextSpan(0, text.length())), sentences);
    }
}
