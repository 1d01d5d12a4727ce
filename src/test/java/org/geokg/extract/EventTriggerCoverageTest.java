package org.geokg.extract;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trigger coverage of the event lexicons of English, French, Spanish and German (issue 7): for
 * acts a journalist of each language names with a verb or a noun the older rows lacked (arrests
 * and custody, import bans, duties and tariffs, recalls, declaring persona non grata,
 * announced retaliation, readiness to talk, airspace violations, blockades, suspended talks,
 * criminal investigations, cyber attacks, condolences, expulsions of journalists), one short
 * sentence written for this test (none taken from any article) must give the act with its
 * source and target, and a sentence using the same words in another sense must not.
 *
 * <p>An expectation is {@code ROOT SRC>TGT}: an event whose code starts with ROOT, SRC among
 * the countries of its source and TGT among those of its target; {@code !} in front: no such
 * event.
 */
class EventTriggerCoverageTest {



    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | North Korea threatened to strike South Korea. | 138 PRK>KOR",
        "en | Iran said it was open to dialogue with Saudi Arabia. | 036 IRN>SAU",
        "en | Russian fighter jets violated Finnish airspace on Friday. | 128 RUS>FIN",
        "en | Russia pulled its troops back from the Ukrainian border. | 0874 RUS>UKR",
        "en | Iranian security forces arrested two French citizens in Tehran on Sunday. | 173 IRN>FRA",
        "en | China banned imports of Japanese seafood on Thursday. | 163 CHN>JPN",
        "en | France recalled its ambassador to Italy for consultations. | 161 FRA>ITA",
        "fr | L'Algérie a placé en garde à vue un diplomate marocain. | 173 DZA>MAR",
        "fr | La Chine a interdit les importations de produits de la mer japonais. | 163 CHN>JPN",
        "fr | Les États-Unis ont imposé des droits de douane sur l'acier chinois. | 163 USA>CHN",
        "fr | Le Canada a instauré des taxes douanières sur les produits américains. | 163 CAN>USA",
        "fr | L'Iran s'est dit ouvert au dialogue avec l'Arabie saoudite. | 036 IRN>SAU",
        "fr | Le Maroc s'est dit disposé à négocier avec l'Algérie. | 036 MAR>DZA",
        "fr | Des avions russes ont violé l'espace aérien finlandais. | 128 RUS>FIN",
        "fr | Des avions russes ont violé l'espace aérien finlandais. | !1821 RUS>FIN",
        "fr | Le Japon a protesté auprès de la Chine contre l'incident. | 114 JPN>CHN",
        "fr | La Corée du Sud a relevé son niveau d'alerte face à la Corée du Nord. | 152 KOR>PRK",
        "fr | La Chine a convoqué l'ambassadeur du Japon. | 114 CHN>JPN",
        "es | Venezuela capturó a tres mercenarios colombianos. | 173 VEN>COL",
        "es | Nicaragua encarceló a un sacerdote estadounidense. | 173 NIC>USA",
        "es | China prohibió las importaciones de mariscos japoneses. | 163 CHN>JPN",
        "es | Estados Unidos impuso aranceles al acero chino. | 163 USA>CHN",
        "es | Marruecos está abierto al diálogo con Argelia. | 036 MAR>DZA",
        "es | Irán se mostró dispuesto a dialogar con Arabia Saudita. | 036 IRN>SAU",
        "es | Argentina llamó a consultas a su embajador en España. | 161 ARG>ESP",
        "es | El gobierno de Chile va a llamar a Perú para hablar del partido. | !161 CHL>PER",
        "de | Die USA verhängten Zölle auf chinesischen Stahl. | 163 USA>CHN",
        "de | Die USA kündigten neue Zölle gegen China an. | 163 USA>CHN",
        "de | China verbot die Einfuhr japanischer Meeresfrüchte. | 163 CHN>JPN",
        "de | Litauen beorderte seinen Botschafter aus Minsk zurück. | 161 LTU>BLR",
        "de | Russland kündigte Vergeltungsmaßnahmen gegen Deutschland an. | 131 RUS>DEU",
        "de | Der Iran zeigte sich offen für einen Dialog mit Saudi-Arabien. | 036 IRN>SAU",
        "de | Russische Kampfjets verletzten den finnischen Luftraum. | 128 RUS>FIN",
        "de | Israel verhängte eine Seeblockade gegen den Libanon. | 191 ISR>LBN",
        "de | Südkorea setzte die Verhandlungen mit Japan aus. | 164 KOR>JPN",
        "de | Deutschland hat Ermittlungen gegen Russland aufgenommen. | 09 DEU>RUS",
        "de | Nordkorea startete einen Cyberangriff auf Südkorea. | 176 PRK>KOR",
        "de | Russland wies einen amerikanischen Journalisten aus. | 174 RUS>USA",
        "de | Das Auswärtige Amt hat den russischen Botschafter einbestellt. | 114 DEU>RUS",
        "de | Die iranische Polizei nahm zwei französische Staatsbürger in Teheran fest. | 173 IRN>FRA",
        "de | Die Geschäfte in Deutschland und Frankreich schließen am Sonntag früher. | !191 DEU>FRA",
        "en | Japan said it would respond firmly to any Chinese incursion. | 13 JPN>CHN",
        "en | Iran intercepted a British oil tanker in the Gulf. | 171 IRN>GBR",
        "en | Passengers from Spain boarded the ship to Italy. | !171 ESP>ITA",
        "en | India suspended the water treaty with Pakistan. | 16 IND>PAK",
        "en | The store will close early on Sunday in Germany and France. | !16 DEU>FRA",
        "fr | La France répondra avec fermeté à toute provocation de la Russie. | 13 FRA>RUS",
        "fr | La France et l'Inde ont mené des manœuvres navales conjointes. | 062 FRA>IND",
        "fr | L'armée turque a mené des frappes aériennes contre l'Irak. | 195 TUR>IRQ",
        "fr | L'Ukraine a mené une attaque de drones contre une raffinerie russe. | 1952 UKR>RUS",
        "fr | Le Niger a ordonné aux troupes françaises de quitter le pays. | 166 NER>FRA",
        "fr | Le Qatar a promis 100 millions de dollars au Liban. | 033 QAT>LBN",
        "fr | Le Japon a dépêché des garde-côtes près des îles revendiquées par la Chine. | !015 CHN>JPN",
        "es | Irán advirtió a Israel que su respuesta será contundente. | 13 IRN>ISR",
        "es | Rusia concentró tropas en la frontera con Ucrania. | 154 RUS>UKR",
        "es | Rusia concentró tropas en la frontera con Ucrania. | !141 RUS>UKR",
        "es | Irán interceptó un petrolero británico. | 171 IRN>GBR",
        "es | India suspendió el tratado de aguas con Pakistán. | 16 IND>PAK",
        "de | Polen werde entschlossen auf jede Provokation Russlands reagieren, sagte der Minister. | 13 POL>RUS",
        "de | Russland zog Truppen an der Grenze zur Ukraine zusammen. | 154 RUS>UKR",
        "de | Israel besetzte einen Teil Syriens. | 192 ISR>SYR",
        "de | Die Türkei flog Luftangriffe gegen den Irak. | 195 TUR>IRQ",
        "de | Indien brach den Dialog mit Pakistan ab. | 164 IND>PAK",
        "de | Indien setzte das Wasserabkommen mit Pakistan aus. | 16 IND>PAK",
        "de | Katar sagte dem Libanon 100 Millionen Dollar zu. | 033 QAT>LBN",
        "en | Turkey lifted its veto on the accession of Sweden. | 0832 TUR>SWE",
        "en | Russia pounded the Ukrainian energy grid. | 19 RUS>UKR",
        "fr | La Turquie a levé son veto à l'adhésion de la Suède. | 0832 TUR>SWE",
        "fr | La Hongrie a opposé son veto aux sanctions contre la Russie. | 129 HUN>RUS",
        "fr | L'armée soudanaise a repoussé une offensive des forces tchadiennes. | 190 SDN>TCD",
        "fr | L'armée soudanaise a repoussé une offensive des forces tchadiennes. | !12 SDN>TCD",
        "fr | Le Burkina Faso a suspendu la diffusion de médias français. | !045 BFA>FRA",
        "es | Turquía levantó su veto a la adhesión de Suecia. | 0832 TUR>SWE",
        "es | Pakistán reabrió su frontera con Afganistán. | 0872 PAK>AFG",
        "de | Die Türkei gab ihren Widerstand gegen den Beitritt Schwedens auf. | 0832 TUR>SWE",
        "de | Pakistan öffnete die Grenze zu Afghanistan wieder. | 0872 PAK>AFG",
        "de | Indien schickte humanitäre Hilfe nach Sri Lanka. | 073 IND>LKA",
        "de | Russland und die Ukraine tauschten Gefangene aus. | 0841 RUS>UKR",
        "en | Taiwan scrambled jets as Chinese warplanes approached. | 152 TWN>CHN",
        "en | Japan airlifted aid to Turkey. | 070 JPN>TUR",
        "en | Mali ordered French troops to leave the country. | 166 MLI>FRA",
        "fr | L'Azerbaïdjan et l'Arménie ont échangé des tirs à la frontière. | 190 AZE>ARM",
        "es | Un tribunal ruso condenó a un estadounidense a diez años de cárcel. | 116 RUS>USA",
        "es | Un tribunal ruso condenó a un estadounidense a diez años de cárcel. | !111 RUS>USA",
        "de | Die Türkei attackierte Schweden scharf wegen der Koranverbrennung. | 111 TUR>SWE",
        "de | Die Türkei attackierte Schweden scharf wegen der Koranverbrennung. | !19 TUR>SWE",
        "de | Deutschland verstärkt seine Militärpräsenz in Litauen. | 154 DEU>LTU",
    })
    void triggers(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }
}
