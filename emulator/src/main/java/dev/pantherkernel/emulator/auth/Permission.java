package dev.pantherkernel.emulator.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * What a key or a role may do; the names are the API's {@code Permission} enum values. REST knows one more than
 * GraphQL's enum, {@link #BulkUploadValidate}, which GraphQL answers leave out.
 */
public enum Permission {
    AlertModify,
    AlertRead,
    BulkUpload,
    /** Only in REST's enum: validating a bulk upload without saving it. */
    BulkUploadValidate,
    CloudsecSourceModify,
    CloudsecSourceRead,
    DataAnalyticsModify,
    DataAnalyticsRead,
    DestinationModify,
    DestinationRead,
    GeneralSettingsModify,
    GeneralSettingsRead,
    LogSourceModify,
    LogSourceRawDataRead,
    LogSourceRead,
    LookupModify,
    LookupRead,
    OrganizationAPITokenModify,
    OrganizationAPITokenRead,
    PolicyModify,
    PolicyRead,
    ResourceModify,
    ResourceRead,
    RuleModify,
    RuleRead,
    RunPantherAI,
    SummaryRead,
    UserModify,
    UserRead;

    /** The set of these permissions (an empty list is none). */
    public static EnumSet<Permission> setOf(Collection<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    /** The permissions GraphQL's {@code Permission} enum can name, in order. */
    public static List<Permission> forGraphQL(Collection<Permission> permissions) {
        return permissions.stream().filter(p -> p != BulkUploadValidate).sorted().toList();
    }
}
