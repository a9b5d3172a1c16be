package org.recordpath.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** #11 finding 6: NIST SP 800-63B passwords; expected answers from the rules in the class Javadoc. */
class PasswordPolicyTest {
    @ParameterizedTest(name = "{1} for {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nurse1    | x                                | NAVIGATOR | at least 12",
                "nurse1    | elevenchars                      | ADMIN     | at least 12",
                "nurse1    | twelve chars                     | CLINICIAN | ",
                "pat1      | sevenab                          | PATIENT   | at least 8",
                "pat1      | eightabc                         | PATIENT   | ",
                "nurse1    | Password2024!                    | NAVIGATOR | too common",
                "nurse1    | correcthorsebatterystaple        | NAVIGATOR | too common",
                "nurse1    | qwertyuiop12                     | NAVIGATOR | too common",
                "pat1      | Recordpath123                    | PATIENT   | too common",
                "nurse1    | my-nurse1-password               | NAVIGATOR | the username",
                "nurse1    | aaaaaaaaaaaaaa                   | NAVIGATOR | repeated",
                "nurse1    | blue lantern under the stairs    | ADMIN     | ",
                "nurse1    | äöüäöüäöüäöü                     | ADMIN     | ",
                "nurse1    | 0123456789012345678901234567890123456789012345678901234567890123456789xyz | ADMIN | at most 72"
            })
    void passwordsFollowNist80063b(String username, String password, Role role, String refusal) { // #11
        assertThat(PasswordPolicy.refusal(username, password, role).orElse(null))
                .satisfies(why -> {
                    if (refusal == null) {
                        assertThat(why).isNull();
                    } else {
                        assertThat(why).contains(refusal);
                    }
                });
    }
}
