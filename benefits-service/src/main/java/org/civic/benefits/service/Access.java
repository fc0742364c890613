package org.civic.benefits.service;

import java.util.regex.Pattern;
import org.civic.common.problem.ProblemException;

/**
 * Who reads a citizen's data and why: the caller the gateway vouched for and the purpose the caller states in
 * {@code X-Purpose}, which every read of personal data or eligibility requires.
 */
public record Access(String actor, String purpose) {

    public static final String PURPOSE_HEADER = "X-Purpose";
    public static final String PURPOSE_DESCRIPTION = "Required: why you read this citizen's data. It is written to the "
            + "citizen's access log with who read and when; 1 to 200 letters, digits, spaces and . _ , : ; / ( ) # - (400 otherwise)";
    private static final Pattern PURPOSE = Pattern.compile("[\\p{L}\\p{N} ._,:;/()#-]{1,200}");

    public static Access of(String actor, String purposeHeader) {
        String purpose = purposeHeader == null ? "" : purposeHeader.strip();
        if (!PURPOSE.matcher(purpose).matches()) {
            throw ProblemException.badRequest(
                    PURPOSE_HEADER,
                    "state why you read this citizen's data (1 to 200 letters, digits, spaces and . _ , : ; / ( ) # -)");
        }
        return new Access(actor, purpose);
    }
}
