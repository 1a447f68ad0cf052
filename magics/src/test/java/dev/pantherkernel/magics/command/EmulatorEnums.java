package dev.pantherkernel.magics.command;

import dev.pantherkernel.emulator.ai.OutputLength;
import dev.pantherkernel.emulator.alerts.AlertStatus;
import dev.pantherkernel.emulator.alerts.AlertType;
import dev.pantherkernel.emulator.alerts.CommentFormat;
import dev.pantherkernel.emulator.alerts.DetectionType;
import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.datalake.QueryStatus;
import dev.pantherkernel.emulator.sources.LogStreamType;
import dev.pantherkernel.emulator.users.LogTypeAccessKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Every Java enum of the emulator that stands for one of Panther's GraphQL enums, with the values its GraphQL answers
 * can hold: REST knows a value more of two of them ({@code BulkUploadValidate}, {@code XML}).
 */
final class EmulatorEnums {

    private EmulatorEnums() {
    }

    static List<ModelledEnum> all() {
        return List.of(
                ModelledEnum.whole("Permission", "emulator auth.Permission (GraphQL's)",
                        ModelledEnum.names(Permission.forGraphQL(EnumSet.allOf(Permission.class)).toArray(Permission[]::new))),
                ModelledEnum.whole("Severity", "emulator alerts.Severity", Severity.values()),
                ModelledEnum.whole("AlertStatus", "emulator alerts.AlertStatus", AlertStatus.values()),
                ModelledEnum.whole("AlertType", "emulator alerts.AlertType", AlertType.values()),
                ModelledEnum.whole("AlertListingType", "emulator alerts.AlertType's listings",
                        Arrays.stream(AlertType.values()).map(AlertType::listing).distinct().toList()),
                ModelledEnum.whole("DetectionType", "emulator alerts.DetectionType", DetectionType.values()),
                ModelledEnum.whole("CommentFormat", "emulator alerts.CommentFormat", CommentFormat.values()),
                ModelledEnum.whole("LogTypeAccessKind", "emulator users.LogTypeAccessKind", LogTypeAccessKind.values()),
                ModelledEnum.whole("DataLakeQueryStatus", "emulator datalake.QueryStatus", QueryStatus.values()),
                ModelledEnum.whole("LogStreamType", "emulator sources.LogStreamType (GraphQL's)",
                        ModelledEnum.names(LogStreamType.values()).stream().filter(name -> !name.equals("XML")).toList()),
                ModelledEnum.whole("OutputLength", "emulator ai.OutputLength", OutputLength.values()));
    }
}
