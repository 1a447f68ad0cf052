package dev.pantherkernel.magics.redact;

/** What {@code %panther redact --kinds} can replace (written in any case: {@code email,ip,username,arn}). */
public enum RedactedKind {
    EMAIL,
    IP,
    USERNAME,
    ARN
}
