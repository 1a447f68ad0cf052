package dev.pantherkernel.emulator.ai;

/** The line every demo answer starts with, so nobody takes it for a model's reading of the data. */
final class DemoLabel {
    static final String TEXT = "> Demo summary, not an AI model: the Panther emulator wrote this from the facts it was given, "
            + "the same way every time.\n\n";

    private DemoLabel() {}

    /** What an indicator column holds, in words. */
    static String kind(String column) {
        return switch (column) {
            case "p_any_ip_addresses" -> "IP addresses";
            case "p_any_domain_names" -> "domain names";
            case "p_any_emails" -> "e-mail addresses";
            case "p_any_usernames" -> "user names";
            case "p_any_aws_account_ids" -> "AWS accounts";
            case "p_any_aws_arns" -> "AWS ARNs";
            case "p_any_aws_instance_ids" -> "EC2 instances";
            case "p_any_actor_ids" -> "actor ids";
            case "p_any_trace_ids" -> "access keys and trace ids";
            default -> column.replace("p_any_", "").replace('_', ' ');
        };
    }
}
