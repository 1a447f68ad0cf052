package dev.pantherkernel.emulator.auth;

/** What a key or a role may do; the names are the API's {@code Permission} enum values. */
public enum Permission {
    AlertModify,
    AlertRead,
    BulkUpload,
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
    UserRead
}
