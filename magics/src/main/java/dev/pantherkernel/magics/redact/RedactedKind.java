package dev.pantherkernel.magics.redact;

import dev.pantherkernel.magics.core.Internal;

/** What {@code %panther redact --kinds} can replace (written in any case: {@code email,ip,username,arn}). */
@Internal
public enum RedactedKind {
    EMAIL(PseudonymForm.EMAIL),
    IP(PseudonymForm.IP),
    USERNAME(PseudonymForm.NAME),
    ARN(PseudonymForm.ARN);

    private final PseudonymForm form;

    RedactedKind(PseudonymForm form) {
        this.form = form;
    }

    /** How a value of this kind is shown. */
    public PseudonymForm form() {
        return form;
    }
}
