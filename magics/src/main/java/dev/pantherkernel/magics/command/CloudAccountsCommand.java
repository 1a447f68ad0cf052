package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;

/** {@code %panther cloud-accounts}: the AWS accounts Panther's cloud security scans. */
@Command(name = "cloud-accounts", header = "The AWS accounts Panther's cloud security scans.",
        description = "Every cloud account: label, AWS account id, regions left out, real-time scanning, created.")
final class CloudAccountsCommand extends TableCommand {

    static final String ACCOUNTS = """
            query PantherKernelCloudAccounts {
              cloudAccounts { edges { node {
                id label awsAccountId awsRegionIgnoreList isRealtimeScanningEnabled isEditable awsStackName
                createdAt lastModifiedAt
              } } pageInfo { hasNextPage endCursor } }
            }""";

    CloudAccountsCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Result call() {
        return context.run(Operation.newOperation("cloud-accounts", ACCOUNTS).limit(table.limit()).columns(table.columns()).build());
    }
}
