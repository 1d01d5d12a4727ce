package org.geokg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleDateFinderTest {
    private static final RuleDateFinder FINDER = RuleDateFinder.create();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static List<DateMention> find(String text, String lang, String reference) {
        LocalDate ref = reference == null || reference.isBlank() ? null : LocalDate.parse(reference);
        return FINDER.find(text, 0, text.length(), lang, ref, TODAY);
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" ref={2} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        en | They met on Thursday 12 August in Geneva.          | -          | Thursday 12 August            | 2021-08-12 | -          | false
        id | Menteri itu berbicara pada Senin 3 Maret di sana.   | 2025-03-05 | Senin 3 Maret                 | 2025-03-03 | -          | false
        id | Konferensi berlangsung 5 Oktober 2019 di Bali.      | -          | 5 Oktober 2019                | 2019-10-05 | -          | false
        id | Pameran digelar pada 7-9 Juni 2023 di Surabaya.     | -          | 7-9 Juni 2023                 | 2023-06-07 | 2023-06-09 | false
        id | Kunjungan dilakukan Jumat, (14/04/23) lalu.         | -          | Jumat, (14/04/23)             | 2023-04-14 | -          | false
        id | Rapat digelar Kamis (9/2/2023) di Jakarta.          | -          | Kamis (9/2/2023)              | 2023-02-09 | -          | false
        id | Dia tiba Minggu waktu setempat, 5 Maret 2023.       | -          | Minggu waktu setempat, 5 Maret 2023 | 2023-03-05 | -    | false
        id | Perang berlangsung tahun 1965-1966 di wilayah itu.  | -          | 1965-1966                     | 1965       | 1966       | false
        id | Kerja sama itu dimulai sejak 2005.                  | 2024-01-10 | 2005                          | 2005       | -          | false
        id | Latihan dijadwalkan pekan depan.                    | 2024-05-15 | pekan depan                   | 2024-05-20 | -          | true
        id | Harga naik bulan ini.                               | 2024-05-15 | bulan ini                     | 2024-05    | -          | true
        id | Ia datang kemarin.                                  | 2024-05-15 | kemarin                       | 2024-05-14 | -          | true
        ms | Beliau melawat ke sana tiga tahun lepas.            | 2022-07-10 | tiga tahun lepas              | 2019       | -          | true
        ms | Sidang akan diadakan pada 4 Ogos 2022.              | -          | 4 Ogos 2022                   | 2022-08-04 | -          | false
        ms | Dikemas kini Mac 14, 2023 09:15 pagi.               | -          | Mac 14, 2023                  | 2023-03-14 | -          | false
        id | Diperbarui Agustus 9, 2021 pukul 10.00 WIB.         | -          | Agustus 9, 2021               | 2021-08-09 | -          | false
        ms | Perjanjian ditandatangani tahun depan.              | 2022-07-10 | tahun depan                   | 2023       | -          | true
        ms | Menteri itu tiba mulai Isnin.                       | 2022-07-07 | mulai Isnin                   | 2022-07-11 | -          | true
        en | The treaty was signed on March 3, 2019 in Hanoi.    | -          | March 3, 2019                 | 2019-03-03 | -          | false
        en | Talks resume on Sept. 14 with both sides.           | 2023-10-01 | Sept. 14                      | 2023-09-14 | -          | false
        en | Officials met on Wednesday.                         | 2024-06-21 | Wednesday                     | 2024-06-19 | -          | true
        en | The exercise was held last year.                    | 2024-06-21 | last year                     | 2023       | -          | true
        en | Troops withdrew two years ago.                      | 2024-06-21 | two years ago                 | 2022       | -          | true
        en | The report is dated 2024-11-20.                     | -          | 2024-11-20                    | 2024-11-20 | -          | false
        en | The letter of 06/15/2020 was published.             | -          | 06/15/2020                    | 2020-06-15 | -          | false
        en | The letter of 15/06/2020 was published.             | -          | 15/06/2020                    | 2020-06-15 | -          | false
        en | Clashes broke out in 2014 along the border.         | -          | 2014                          | 2014       | -          | false
        es | El acuerdo se firmó el 12 de agosto de 2021.        | -          | 12 de agosto de 2021          | 2021-08-12 | -          | false
        es | El ministro llegó ayer a Lima.                      | 2023-03-10 | ayer                          | 2023-03-09 | -          | true
        es | La cumbre será la próxima semana.                   | 2023-03-10 | la próxima semana             | 2023-03-13 | -          | true
        de | Das Treffen fand am 12. August 2021 statt.          | -          | 12. August 2021               | 2021-08-12 | -          | false
        de | Der Vertrag kam im März 2019 zustande.              | -          | März 2019                     | 2019-03    | -          | false
        de | Die Gespräche beginnen nächste Woche.               | 2023-03-10 | nächste Woche                 | 2023-03-13 | -          | true
        de | Die Wahl war am 20.11.2024.                         | -          | 20.11.2024                    | 2024-11-20 | -          | false
        fr | La réunion a eu lieu le 3 février 2020.             | -          | 3 février 2020                | 2020-02-03 | -          | false
        fr | Le pays a annoncé ce jeudi 7 mars un accord.        | -          | jeudi 7 mars                  | 2024-03-07 | -          | false
        es | El acuerdo se firmó este jueves 7 de marzo en Lima. | -          | jueves 7 de marzo             | 2024-03-07 | -          | false
        fr | Il est arrivé hier à Paris.                         | 2023-03-10 | hier                          | 2023-03-09 | -          | true
        """)
    void resolvesDateExpressions(String lang, String text, String reference, String mention, String date,
            String endDate, boolean relative) {
        List<DateMention> found = find(text, lang, reference);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        DateMention d = found.get(0);
        assertEquals(mention, d.text());
        assertEquals(mention, text.substring(d.start(), d.end()), "offsets");
        assertEquals(date, d.date());
        assertEquals(endDate, d.endDate());
        assertEquals(relative, d.relative());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Pada Juli 12 pasukan itu tiba.
        ms | Sejak Mac 3 rundingan diteruskan.
        """)
    void monthBeforeDayWithoutYearIsNoDateInDayFirstLanguages(String lang, String text) {
        assertTrue(find(text, lang, "2023-05-01").isEmpty(), () -> find(text, lang, "2023-05-01").toString());
    }

    @Test
    void weekdayDayMonthWithoutYearAndReferenceTakesLatestFittingYearBeforeToday() {
        List<DateMention> found = find("Thursday 12 August", "en", null);
        assertEquals("2021-08-12", found.get(0).date());
    }

    @Test
    void relativeExpressionWithoutReferenceResolvesAgainstEarlierDateInText() {
        List<DateMention> found = find("Rapat digelar Kamis 10 Agustus 2023. Lanjutan dijadwalkan bulan depan.", "id",
                null);
        assertEquals("2023-09", found.get(1).date());
        assertTrue(found.get(1).relative());
    }

    @Test
    void relativeExpressionWithoutReferenceOrAnchorIsSkipped() {
        assertTrue(find("Officials met on Wednesday and again yesterday.", "en", null).isEmpty());
    }

    @Test
    void pastYearRangeIsHistorical() {
        assertTrue(find("Perang Korea tahun 1950-1953.", "id", null).get(0).historical());
    }

    @Test
    void yearBeforeReferenceYearIsHistoricalAndSameYearIsNot() {
        List<DateMention> found = find("Sejak 2009 dan pada 2022 kedua negara bekerja sama.", "id", "2022-07-10");
        assertTrue(found.get(0).historical());
        assertEquals(false, found.get(1).historical());
    }

    @Test
    void onlyMentionsInsideTheGivenRangeAreReturned() {
        String text = "Pada 5 Mei 2020 ia datang. Pada 6 Juni 2021 ia pergi.";
        List<DateMention> found = FINDER.find(text, 27, text.length(), "id", null, TODAY);
        assertEquals(1, found.size());
        assertEquals("2021-06-06", found.get(0).date());
    }

    @Test
    void numbersWithoutDateShapeAreNotDates() {
        assertTrue(find("Sebanyak 3.455 personel dan 13 negara ikut dalam SGS 2022.", "id", null).isEmpty());
    }

    @Test
    void unknownLanguageStillFindsNumericAndIsoDates() {
        List<DateMention> found = find("Hati 2024-11-20 na 20/11/2024.", "sw", null);
        assertEquals(2, found.size());
        assertEquals("2024-11-20", found.get(1).date());
    }

    private static String header(String text, String dateline, String lang) {
        LocalDate d = FINDER.headerDate(text, 0, text.indexOf(dateline) + dateline.length(), text.length(), lang,
                TODAY);
        return d == null ? null : d.toString();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        es | Lima, 7 mar (EFE).- El Gobierno anunció este jueves un nuevo plan de puertos.     | Lima, 7 mar (EFE).-       | 2024-03-07
        en | Seoul, June 19 (IANS) The ministry said on Wednesday that talks would resume.    | Seoul, June 19 (IANS)     | 2024-06-19
        ms | KUALA LUMPUR, 5 Mac — Kerajaan mengumumkan dasar itu dalam ucapan pada Mei 2021. | KUALA LUMPUR, 5 Mac —     | 2021-03-05
        de | Berlin, 3. Mai (dpa) - Die Regierung hat einen neuen Plan vorgelegt.             | Berlin, 3. Mai (dpa) -    | 2026-05-03
        id | Jakarta, Kamis (12/8/2021) - Pemerintah menyampaikan rencana baru.               | Jakarta, Kamis (12/8/2021) - | 2021-08-12
        fr | Paris, 3 janv. (AFP) - Le gouvernement a présenté un plan en 2019.               | Paris, 3 janv. (AFP) -    | 2019-01-03
        es | Madrid, 3 de mayo (EFE).- El ministro viajó ayer a Roma.                         | Madrid, 3 de mayo (EFE).- | 2026-05-03
        en | Geneva, Dec. 20 (IANS) Officials met again.                                      | Geneva, Dec. 20 (IANS)    | 2025-12-20
        en | TEMPO.CO, Jakarta - The ministry said on Monday that talks would resume.         | TEMPO.CO, Jakarta -       | -
        """)
    void headerDateInfersTheMissingYear(String lang, String text, String dateline, String expected) {
        assertEquals(expected, header(text, dateline, lang));
    }

    @Test
    void headerDateAfterTodayIsNone() {
        String text = "Jakarta, Selasa (1/12/2026) - Pemerintah menyampaikan rencana baru.";
        assertEquals(null, header(text, "Selasa (1/12/2026) -", "id"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es | El canciller habló este miércoles con su homólogo. | este miércoles | 2024-10-02
        fr | Le ministre a parlé ce mercredi à Genève.          | ce mercredi    | 2024-10-02
        ms | Menteri itu tiba Rabu ini di Kuala Lumpur.         | Rabu ini       | 2024-10-02
        en | The envoy arrives this Wednesday in Oslo.          | this Wednesday | 2024-10-02
        """)
    void weekdayWithThisCueIsTheDayOfTheReferenceWeek(String lang, String text, String mention, String date) {
        List<DateMention> found = find(text, lang, "2024-10-04");
        assertEquals(1, found.size(), found::toString);
        assertEquals(mention, found.get(0).text());
        assertEquals(date, found.get(0).date());
    }
}
