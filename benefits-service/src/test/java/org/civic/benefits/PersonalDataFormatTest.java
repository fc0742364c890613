package org.civic.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.civic.benefits.api.NationalIdNumber;
import org.civic.benefits.mapping.Masks;
import org.junit.jupiter.api.Test;

class PersonalDataFormatTest {

    @Test
    void masksKeepTooLittleToIdentify() {
        assertEquals("350502********1234", Masks.nationalIdNumber("350502199001011234"));
        assertEquals("138****5678", Masks.phone("13812345678"));
        assertEquals("林*", Masks.name("林梅"));
        assertEquals("欧***", Masks.name("欧阳小梅"));
        assertEquals("*", Masks.name("林"));
        assertEquals("M****", Masks.name("Maria"));
    }

    @Test
    void nationalIdNumbersNeedAValidBirthDateAndCheckCharacter() {
        String valid = BenefitsFixtures.nationalId(LocalDate.of(2000, 2, 29));
        assertTrue(NationalIdNumber.Validator.valid(valid));
        assertTrue(NationalIdNumber.Validator.valid("11010519491231002X"));
        assertTrue(NationalIdNumber.Validator.valid("11010519491231002x"));
        assertFalse(NationalIdNumber.Validator.valid("110105194912310021"));
        assertFalse(NationalIdNumber.Validator.valid("11010519490230002X"), "30 February");
        assertFalse(NationalIdNumber.Validator.valid("1101051949123100"));
    }
}
