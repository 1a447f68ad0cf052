package dev.pantherkernel.magics.values;

import dev.pantherkernel.magics.core.PublicApi;

/** The permissions a Panther role grants, spelled as Panther spells them (the API sends and takes these words). */
@PublicApi
public enum Permission {
    AlertModify, AlertRead, BulkUpload, CloudsecSourceModify, CloudsecSourceRead, DataAnalyticsModify, DataAnalyticsRead,
    DestinationModify, DestinationRead, GeneralSettingsModify, GeneralSettingsRead, LogSourceModify, LogSourceRawDataRead,
    LogSourceRead, LookupModify, LookupRead, OrganizationAPITokenModify, OrganizationAPITokenRead, PolicyModify, PolicyRead,
    ResourceModify, ResourceRead, RuleModify, RuleRead, RunPantherAI, SummaryRead, UserModify, UserRead
}
