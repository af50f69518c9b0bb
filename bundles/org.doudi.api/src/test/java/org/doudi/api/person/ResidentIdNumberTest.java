package org.doudi.api.person;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;

import org.junit.Test;

public class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** Appends the correct check character to 17 digits. */
    private static String valid(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Appends a wrong (but well-formed) check character to 17 digits. */
    private static String wrongCheck(String first17) {
        char good = ResidentIdNumber.checkCharacter(first17);
        return first17 + (good == '0' ? '1' : '0');
    }

    private static void assertInvalid(String raw, String rule) {
        ResidentIdNumber.Result r = ResidentIdNumber.check(raw, TODAY);
        assertFalse(r.valid());
        assertEquals(rule, r.rule());
        assertNull(r.normalized());
        assertTrue(r.message().startsWith(rule + ":"));
        if (raw != null && raw.length() >= 10) {
            assertFalse("message leaks number: " + r.message(), r.message().contains(raw));
            assertFalse(r.toString().contains(raw));
        }
        try {
            ResidentIdNumber.parse(raw, TODAY);
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException e) {
            assertEquals(r.message(), e.getMessage());
        }
    }

    @Test
    public void checkCharacterKnownValues() {
        assertEquals('5', ResidentIdNumber.checkCharacter("31010519800101123"));
        // Example number from GB 11643-1999 itself.
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals('X', ResidentIdNumber.checkCharacter("82000020000229003"));
    }

    @Test
    public void checkCharacterRejectsBadInput() {
        for (String bad : new String[] {null, "", "3101051980010112", "310105198001011234", "3101051980010112A"}) {
            try {
                ResidentIdNumber.checkCharacter(bad);
                fail("expected IllegalArgumentException for " + bad);
            } catch (IllegalArgumentException expected) {
                // ok
            }
        }
    }

    @Test
    public void validChangningNumber() {
        String id = valid("31010519800101123");
        assertEquals("310105198001011235", id);
        ResidentIdNumber.Result r = ResidentIdNumber.check(id, TODAY);
        assertTrue(r.valid());
        assertEquals(id, r.normalized());
        assertNull(r.rule());
        assertNull(r.message());

        ResidentIdNumber n = ResidentIdNumber.parse(id, TODAY);
        assertEquals(id, n.value());
        assertEquals("310105", n.regionCode());
        assertEquals(LocalDate.of(1980, 1, 1), n.birthDate());
        assertEquals(ResidentIdNumber.Sex.MALE, n.sex());
        assertEquals(ResidentIdNumber.Kind.RESIDENT, n.kind());
        assertEquals("310105***********5", n.masked());
        assertEquals("310105***********5", n.toString());
        assertFalse(n.toString().contains(id));
    }

    @Test
    public void validNumberWithXCheckCharacter() {
        ResidentIdNumber n = ResidentIdNumber.parse("11010519491231002X", TODAY);
        assertEquals("11010519491231002X", n.value());
        assertEquals('X', n.value().charAt(17));
        assertEquals("110105", n.regionCode());
        assertEquals(LocalDate.of(1949, 12, 31), n.birthDate());
        assertEquals(ResidentIdNumber.Sex.FEMALE, n.sex());
        assertEquals("110105***********X", n.masked());
    }

    @Test
    public void lowerCaseXIsNormalised() {
        ResidentIdNumber.Result r = ResidentIdNumber.check("11010519491231002x", TODAY);
        assertTrue(r.valid());
        assertEquals("11010519491231002X", r.normalized());
        ResidentIdNumber n = ResidentIdNumber.parse("11010519491231002x", TODAY);
        assertEquals("11010519491231002X", n.value());
        assertEquals(ResidentIdNumber.parse("11010519491231002X", TODAY), n);
    }

    @Test
    public void surroundingWhitespaceIsIgnored() {
        assertEquals("310105198001011235",
                ResidentIdNumber.parse("  310105198001011235\t", TODAY).value());
    }

    @Test
    public void badChecksum() {
        String id = "310105198001011234";
        assertInvalid(id, "checksum");
        assertEquals("checksum: check character is 4, expected 5",
                ResidentIdNumber.check(id, TODAY).message());
        assertInvalid(wrongCheck("11010519491231002"), "checksum");
        assertEquals("checksum: check character is X, expected 5",
                ResidentIdNumber.check("31010519800101123X", TODAY).message());
    }

    @Test
    public void impossibleDate() {
        String id = valid("31010519990230123");
        assertInvalid(id, "birthDate");
        assertEquals("birthDate: birth date 19990230 is not a real calendar date",
                ResidentIdNumber.check(id, TODAY).message());
        assertInvalid(valid("31010519991301123"), "birthDate");
        assertInvalid(valid("31010519990100123"), "birthDate");
    }

    @Test
    public void leapYears() {
        assertTrue(ResidentIdNumber.check(valid("31010520000229001"), TODAY).valid());
        assertTrue(ResidentIdNumber.check(valid("31010519960229001"), TODAY).valid());
        assertInvalid(valid("31010519000229001"), "birthDate"); // 1900 is not a leap year
        assertInvalid(valid("31010520230229001"), "birthDate");
    }

    @Test
    public void futureBirthDate() {
        String id = valid("31010520240602001");
        assertInvalid(id, "birthDate");
        assertEquals("birthDate: birth date 20240602 is in the future",
                ResidentIdNumber.check(id, TODAY).message());
        // born "today" is fine
        assertTrue(ResidentIdNumber.check(valid("31010520240601001"), TODAY).valid());
    }

    @Test
    public void yearBefore1900() {
        String id = valid("31010518991231001");
        assertInvalid(id, "birthDate");
        assertEquals("birthDate: birth year 1899 is before 1900",
                ResidentIdNumber.check(id, TODAY).message());
        assertTrue(ResidentIdNumber.check(valid("31010519000101001"), TODAY).valid());
    }

    @Test
    public void unknownProvincePrefix() {
        String id00 = valid("00010519800101123");
        assertInvalid(id00, "region");
        assertEquals("region: region prefix 00 is not a province-level code",
                ResidentIdNumber.check(id00, TODAY).message());
        for (String p : new String[] {"10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80"}) {
            assertInvalid(valid(p + "010519800101123"), "region");
        }
    }

    @Test
    public void prefix99IsForeignerCardNotRegionError() {
        // The 2023 foreigners' card uses a leading 9, so 99xxxx is accepted as such.
        ResidentIdNumber n = ResidentIdNumber.parse(valid("99010519800101123"), TODAY);
        assertEquals(ResidentIdNumber.Kind.FOREIGN_PERMANENT_RESIDENT, n.kind());
    }

    @Test
    public void allProvinceCodesAccepted() {
        String[] codes = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
            "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71"};
        for (String c : codes) {
            ResidentIdNumber n = ResidentIdNumber.parse(valid(c + "010519800101123"), TODAY);
            assertEquals(ResidentIdNumber.Kind.RESIDENT, n.kind());
        }
    }

    @Test
    public void historicDistrictCodesStillValid() {
        ResidentIdNumber luwan = ResidentIdNumber.parse(valid("31010319750615432"), TODAY);
        assertEquals("310103197506154322", luwan.value());
        assertEquals("310103", luwan.regionCode());
        ResidentIdNumber zhabei = ResidentIdNumber.parse(valid("31010819900228001"), TODAY);
        assertEquals("310108199002280019", zhabei.value());
        assertEquals("310108", zhabei.regionCode());
        assertEquals(LocalDate.of(1990, 2, 28), zhabei.birthDate());
    }

    @Test
    public void hongKongMacaoTaiwanPermits() {
        String[][] cases = {
            {"81000019950707002", "810000199507070027"},
            {"82000020000229003", "82000020000229003X"},
            {"83000019881111005", "830000198811110053"},
        };
        for (String[] c : cases) {
            String id = valid(c[0]);
            assertEquals(c[1], id);
            ResidentIdNumber n = ResidentIdNumber.parse(id, TODAY);
            assertEquals(ResidentIdNumber.Kind.HK_MACAO_TAIWAN_PERMIT, n.kind());
            assertEquals(c[0].substring(0, 6), n.regionCode());
        }
    }

    @Test
    public void permitPrefixMustMatchExactly() {
        String id = valid("81000119950707002");
        assertInvalid(id, "region");
        assertEquals("region: region prefix 810001 is not a residence permit code (810000, 820000, 830000)",
                ResidentIdNumber.check(id, TODAY).message());
        assertInvalid(valid("84000019950707002"), "region");
    }

    @Test
    public void foreignPermanentResidentCard() {
        String id = valid("93115619850310001");
        assertEquals("931156198503100015", id);
        ResidentIdNumber n = ResidentIdNumber.parse(id, TODAY);
        assertEquals(ResidentIdNumber.Kind.FOREIGN_PERMANENT_RESIDENT, n.kind());
        assertEquals(LocalDate.of(1985, 3, 10), n.birthDate());
        assertEquals(ResidentIdNumber.Sex.MALE, n.sex());
        // date and checksum are still checked
        assertInvalid(valid("93115619850230001"), "birthDate");
        assertInvalid(wrongCheck("93115619850310001"), "checksum");
    }

    @Test
    public void wrongLength() {
        String fifteen = "310105800101123";
        assertInvalid(fifteen, "length");
        assertEquals("length: ID number must have 18 characters, got 15",
                ResidentIdNumber.check(fifteen, TODAY).message());
        String nineteen = valid("31010519800101123") + "1";
        assertInvalid(nineteen, "length");
        assertEquals("length: ID number must have 18 characters, got 19",
                ResidentIdNumber.check(nineteen, TODAY).message());
        assertInvalid("", "length");
        assertInvalid(null, "length");
    }

    @Test
    public void lettersInside() {
        String id = "3101051980A1011235";
        assertInvalid(id, "format");
        assertEquals("format: character at position 11 is not a digit",
                ResidentIdNumber.check(id, TODAY).message());
        assertInvalid("X10105198001011235", "format");
        assertInvalid("31010519800101123Y", "format");
        assertInvalid("3101051980010112X5", "format");
        assertInvalid("31010519800101123\u0665", "format"); // Arabic-Indic digit five
    }

    @Test
    public void sexDerivation() {
        ResidentIdNumber male = ResidentIdNumber.parse(valid("31010519800101127"), TODAY);
        assertEquals(ResidentIdNumber.Sex.MALE, male.sex());
        ResidentIdNumber female = ResidentIdNumber.parse(valid("31010519800101128"), TODAY);
        assertEquals(ResidentIdNumber.Sex.FEMALE, female.sex());
        ResidentIdNumber zero = ResidentIdNumber.parse(valid("31010519800101120"), TODAY);
        assertEquals(ResidentIdNumber.Sex.FEMALE, zero.sex());
    }

    @Test
    public void birthDateParsing() {
        ResidentIdNumber n = ResidentIdNumber.parse(valid("44030520121205456"), TODAY);
        assertEquals(LocalDate.of(2012, 12, 5), n.birthDate());
        assertEquals("440305", n.regionCode());
    }

    @Test
    public void staticMask() {
        assertEquals("310105***********5", ResidentIdNumber.mask("310105198001011235"));
        assertEquals("110105***********X", ResidentIdNumber.mask("11010519491231002X"));
        assertEquals("abcdef***********r", ResidentIdNumber.mask("abcdefghijklmnopqr"));
        assertEquals("***", ResidentIdNumber.mask("310105800101123"));
        assertEquals("***", ResidentIdNumber.mask(""));
        assertNull(ResidentIdNumber.mask(null));
    }

    @Test
    public void equalsHashCodeToString() {
        String id = valid("31010519800101123");
        ResidentIdNumber a = ResidentIdNumber.parse(id, TODAY);
        ResidentIdNumber b = ResidentIdNumber.parse(id, TODAY);
        ResidentIdNumber c = ResidentIdNumber.parse(valid("31010519800101127"), TODAY);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, id);
        assertEquals(a.masked(), a.toString());
        assertFalse(a.toString().contains(id));
    }

    @Test
    public void resultToStringDoesNotLeakNumber() {
        String id = valid("31010519800101123");
        ResidentIdNumber.Result r = ResidentIdNumber.check(id, TODAY);
        assertFalse(r.toString().contains(id));
        assertTrue(r.toString().contains("310105***********5"));
    }

    @Test
    public void messagesNeverContainFullNumber() {
        String[] invalid = {
            "310105198001011234",
            valid("31010519990230123"),
            valid("31010520240602001"),
            valid("31010518991231001"),
            valid("00010519800101123"),
            valid("81000119950707002"),
            "3101051980A1011235",
            "31010519800101123Y",
            valid("31010519800101123") + "1",
        };
        for (String id : invalid) {
            ResidentIdNumber.Result r = ResidentIdNumber.check(id, TODAY);
            assertFalse(r.valid());
            assertFalse(r.message(), r.message().contains(id));
            assertFalse(r.message(), r.message().contains(id.substring(0, 17)));
        }
    }

    @Test
    public void overloadsUsingCurrentDate() {
        String id = valid("31010519800101123");
        assertTrue(ResidentIdNumber.check(id).valid());
        assertEquals(id, ResidentIdNumber.parse(id).value());
        assertEquals("birthDate", ResidentIdNumber.check(valid("31010530000101123")).rule());
    }
}
