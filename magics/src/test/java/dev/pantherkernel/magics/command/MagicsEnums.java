package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.Severity;
import dev.pantherkernel.magics.content.DetectionKind;
import dev.pantherkernel.magics.datalake.job.QueryStatus;
import java.util.Arrays;
import java.util.List;

/** Every place the library spells the values of one of Panther's enums: what the commands check and the API's types. */
final class MagicsEnums {

    private MagicsEnums() {
    }

    static List<ModelledEnum> all() {
        return List.of(
                ModelledEnum.whole("Permission", "magics PantherEnums.PERMISSION", PantherEnums.PERMISSION.names()),
                ModelledEnum.whole("Severity", "magics PantherEnums.SEVERITY", PantherEnums.SEVERITY.names()),
                ModelledEnum.whole("Severity", "magics values.Severity", Severity.values()),
                ModelledEnum.whole("AlertStatus", "magics PantherEnums.ALERT_STATUS", PantherEnums.ALERT_STATUS.names()),
                ModelledEnum.whole("AlertStatus", "magics values.AlertStatus", AlertStatus.values()),
                ModelledEnum.whole("AlertType", "magics PantherEnums.ALERT_TYPE", PantherEnums.ALERT_TYPE.names()),
                ModelledEnum.some("AlertType", "magics content.DetectionKind.SUBTYPES",
                        DetectionKind.SUBTYPES.stream().map(Enum::name).toList()),
                ModelledEnum.whole("AlertListingType", "magics PantherEnums.ALERT_LISTING_TYPE", PantherEnums.ALERT_LISTING_TYPE.names()),
                ModelledEnum.whole("LogTypeAccessKind", "magics PantherEnums.LOG_TYPE_ACCESS_KIND", PantherEnums.LOG_TYPE_ACCESS_KIND.names()),
                ModelledEnum.whole("DataLakeQueryStatus", "magics datalake.QueryStatus",
                        Arrays.stream(QueryStatus.values()).map(QueryStatus::apiName).toList()));
    }
}
