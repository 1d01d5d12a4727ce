package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Spanish, French and German news reports attribute speech, on sentences invented for this
 * test (names, places and events made up, never copied from an article): a spokesperson whose
 * office names a country after an adjective ("el portavoz presidencial de X, Y"), an inverted
 * speaker with a long office and adjuncts after it ("a écrit la porte-parole du ministère ... Y sur
 * sa chaîne", "sagte ein Sprecher des Auswärtigen Amtes am Freitag in Berlin"), a pronoun tail
 * ("a-t-il ajouté") that goes on with the last speaker across a sentence of background, and a stray
 * closing quotation mark that opens no quotation, a source in apposition after "según (había)
 * informado", the pointers "verwies darauf, dass" and "il allègue que", a nationality inside the
 * office after "selon", an adverb between verb and comma ("betonte außerdem, ..."), and a verb
 * with "que" after a quoted word, which reports words of its own, and a relative "que" / "that"
 * after the object of "condenó" / "condemned", which opens no words said; a stance made plain
 * ("machte zugleich klar, dass"); a negated split speech verb ("teilte nicht mit, ob"), whose
 * reported-mood words go on with no one's claim; quoted words inside a clause its verb closes with
 * no comma ('hat den Anschlag "auf das Schärfste" verurteilt'), which are no words said; a quoted
 * fragment inside a clause whose speaker is named after the comma ('X dénonce « ... » le blocus, a
 * affirmé Y') and a relative clause after a quotation (', qu'il accuse de ...'), which attributes
 * nothing; a nationality inside the office after an inverted verb ("a indiqué le porte-parole du
 * ministère ghanéen ... X"). ¶ stands for a paragraph break. A speaker written
 * "=Type:ISO3" is checked by entity type and country, else by label.
 */
class SpeechRomanceGermanWireTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "es | El portavoz presidencial de Perú, Tomás Ferreyra Lozano, informó el lunes que Lima rechazó la oferta de Quito. | Lima rechazó la oferta | Tomás Ferreyra Lozano",
        "fr | « Nous ne céderons pas aux pressions », a déclaré le ministre belge des Affaires étrangères Paul Verhoeven. ¶ Le président algérien Karim Haddad avait accusé le Premier ministre Philippe Morel d'ingérence. ¶ « La Belgique reste prête au dialogue », a-t-il ajouté. | reste prête au dialogue | Paul Verhoeven",
        "fr | Le chef de la diplomatie belge Paul Verhoeven a dénoncé les propos hostiles\" du gouvernement italien, rapporte «Belga» citant l'agence ANSA. ¶ \"Ces propos sont inacceptables\", a déclaré le ministre. | Ces propos sont inacceptables | Paul Verhoeven",
        "fr | Les livraisons de chars prendront du retard, a écrit la porte-parole du ministère polonais de la Défense Ewa Kowalska sur sa chaîne Telegram. | prendront du retard | Ewa Kowalska",
        "de | Die Lieferung der Panzer verzögere sich, schrieb die Sprecherin des polnischen Verteidigungsministeriums Ewa Kowalska am Dienstag auf ihrem Kanal bei Telegram. | verzögere sich | Ewa Kowalska",
        "de | Der Vorschlag aus Ankara komme zu früh, sagte ein Sprecher des Auswärtigen Amtes am Freitag in Berlin. | Vorschlag aus Ankara | =Organization:DEU",
        "de | Der finnische Ministerpräsident Mikko Laine traf seine Amtskollegin in Tallinn. Laine verwies darauf, dass die Ostsee-Pipeline besser geschützt werden müsse. | besser geschützt | Mikko Laine",
        "fr | La ministre Claire Fontaine a rencontré son homologue portugais. Sur la question des quotas, elle allègue que les pêcheurs portugais ont dépassé les limites. | ont dépassé les limites | Claire Fontaine",
        "es | La frontera con Bolivia permanecerá cerrada hasta el viernes, según había informado el canciller peruano, Raúl Cárdenas. | permanecerá cerrada | Raúl Cárdenas",
        "es | La frontera con Bolivia permanecerá cerrada hasta el viernes, según informó el canciller peruano, Raúl Cárdenas. | permanecerá cerrada | Raúl Cárdenas",
        "fr | Selon le ministre grec des Affaires étrangères Nikos Petridis, Athènes a rappelé son ambassadeur en Turquie. | rappelé son ambassadeur | Nikos Petridis",
        "de | Der Sprecher Tomas Berg sagte, die Lage an der Grenze sei ruhig. Außenministerin Ingrid Falk machte zugleich klar, dass Schweden an seiner Linie festhalte. | an seiner Linie festhalte | Ingrid Falk",
        "es | Un portavoz de la Cancillería colombiana, Luis Ortega, confirmó el incidente, resaltando que nadie resultó herido. La ministra Ana Ruiz instó a su homólogo ecuatoriano, Pablo Vera, a adoptar medidas \"inmediatas\" para proteger a los diplomáticos, si bien aclaró que la embajada sigue abierta. | embajada sigue abierta | Ana Ruiz",
        "fr | Le Chili dénonce « sans la moindre réserve » le blocus imposé par le Pérou à la Bolivie, a affirmé jeudi la ministre des Affaires étrangères Ana Vidal. | blocus imposé | Ana Vidal",
        "fr | Mme Koné a déploré les tirs visant la frontière ivoirienne, a indiqué le porte-parole du ministère ghanéen des Affaires étrangères Kwame Mensah. | tirs visant la frontière | Kwame Mensah",
        "es | Bolivia rechazó la propuesta de Paraguay, aduciendo que el plazo era demasiado corto. | plazo era demasiado corto | =Country:BOL",
        "es | La reunión fue cancelada por razones de seguridad, reza el comunicado de la Cancillería uruguaya. | cancelada por razones | =Organization:URY",
        "es | China rechazó las críticas de Japón sobre el estrecho, afirmó hoy su portavoz en una rueda de prensa. | críticas de Japón | =Country:CHN",
        "es | El presidente de Kenia, Samuel Otieno, lamentó el choque en la frontera con Somalia, según su vocero. | choque en la frontera | Samuel Otieno",
        "es | El jefe de la delegación turca, Emre Kaya, afirmó que Ankara no aceptará nuevas condiciones de Grecia. | nuevas condiciones | Emre Kaya"
    })
    void attributionIsOneClaimOfItsSpeaker(String lang, String text, String words, String speaker) {
        PipelineFixture.assertSpeaker(lang, text, words, speaker);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "fr | Le chef de la diplomatie belge Paul Verhoeven a dénoncé les propos hostiles\" du gouvernement italien, rapporte «Belga» citant l'agence ANSA. ¶ \"Ces propos sont inacceptables\", a déclaré le ministre. | du gouvernement italien",
        "es | La frontera con Bolivia permanecerá cerrada hasta el viernes, según había informado el canciller peruano, Raúl Cárdenas. | el canciller peruano",
        "es | El Gobierno chileno, a través del Ministerio de Relaciones Exteriores, condenó el bombardeo que dañó su consulado en Jartum. | dañó su consulado",
        "en | The Chilean government condemned the bombing that damaged its consulate in Khartoum. | damaged its consulate",
        "de | Die Sprecherin Eva Lind sagte, Norwegen sei vorbereitet. Das Ministerium in Oslo teilte nicht mit, ob die Fregatte auslaufen werde. | Fregatte auslaufen",
        "de | Die Regierung in Madrid hat den Anschlag auf den chilenischen Botschafter in Lima \"auf das Schärfste\" verurteilt. | auf das Schärfste",
        "es | Honduras condenó enérgicamente el ataque que sufrió su consulado en Managua. | sufrió su consulado"
    })
    void narrativeIsNoClaim(String lang, String text, String words) {
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "fr | Le président chilien Rodrigo Soto a limogé son conseiller. ¶ Le ministère chilien des Affaires étrangères a réprouvé dans une note « l'ingérence des diplomates péruviens dans nos affaires », qu'il accuse de financer l'opposition. | ingérence des diplomates | Rodrigo Soto"
    })
    void relativeClauseAfterQuoteNamesNoSpeaker(String lang, String text, String words, String person) {
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        var byRef = PipelineFixture.byRef(d);
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)
                && person.equals(byRef.get(c.speaker()).label())), () -> "claims: " + d.claims());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "de | Die Lage sei ernst, so Kanzler Lars Holm. Der Kanzler betonte außerdem, Dänemark unterstütze neue Sanktionen. | Dänemark unterstütze | Dänemark",
        "fr | Selon le ministre grec des Affaires étrangères Nikos Petridis, Athènes a rappelé son ambassadeur en Turquie. | rappelé son ambassadeur | Athènes",
        "fr | Le Chili dénonce « sans la moindre réserve » le blocus imposé par le Pérou à la Bolivie, a affirmé jeudi la ministre des Affaires étrangères Ana Vidal. | blocus imposé | Le Chili"
    })
    void claimOpensWithTheWordsSaid(String lang, String text, String words, String opening) {
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        assertTrue(d.claims().stream().anyMatch(c -> c.text().contains(words) && c.text().startsWith(opening)),
                () -> "claims: " + d.claims());
    }
}
