package dev.pantherkernel.emulator.cloudaccounts;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The cloud accounts, with the rules Panther's docs give for adding and changing them. */
public final class CloudAccountStore {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern LABEL = Pattern.compile("[0-9a-zA-Z -]{1,36}");

    private final Map<String, CloudAccount> accounts = new LinkedHashMap<>();
    private final Clock clock;

    public CloudAccountStore(Clock clock, List<CloudAccount> initial) {
        this.clock = clock;
        initial.forEach(a -> accounts.put(a.id(), a));
    }

    public synchronized List<CloudAccount> all() {
        return List.copyOf(accounts.values());
    }

    public synchronized Optional<CloudAccount> find(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    public synchronized CloudAccount create(String awsAccountId, CloudAccount.Settings settings, Object actor) {
        if (awsAccountId == null || !ACCOUNT.matcher(awsAccountId).matches()) {
            throw ApiException.invalidInput("awsAccountId must be 12 digits, got " + awsAccountId);
        }
        accounts.values().stream().filter(a -> a.awsAccountId().equals(awsAccountId)).findFirst().ifPresent(a -> {
            throw ApiException.conflict("AWS account " + awsAccountId + " is already scanned as " + a.label());
        });
        check(awsAccountId, settings);
        Instant now = clock.instant();
        CloudAccount account = new CloudAccount(UUID.randomUUID().toString(), settings.label(), awsAccountId,
                "panther-cloudsec-setup", new CloudAccount.AWSScanConfig(settings.auditRole()), orEmpty(settings.awsRegionIgnoreList()),
                orEmpty(settings.resourceRegexIgnoreList()), orEmpty(settings.resourceTypeIgnoreList()), true, false, now, actor, now);
        accounts.put(account.id(), account);
        return account;
    }

    /** New settings for an account; the lists not given keep their values. */
    public synchronized CloudAccount update(String id, CloudAccount.Settings settings) {
        CloudAccount old = get(id);
        check(old.awsAccountId(), settings);
        CloudAccount updated = new CloudAccount(id, settings.label(), old.awsAccountId(), old.awsStackName(),
                new CloudAccount.AWSScanConfig(settings.auditRole()),
                settings.awsRegionIgnoreList() == null ? old.awsRegionIgnoreList() : settings.awsRegionIgnoreList(),
                settings.resourceRegexIgnoreList() == null ? old.resourceRegexIgnoreList() : settings.resourceRegexIgnoreList(),
                settings.resourceTypeIgnoreList() == null ? old.resourceTypeIgnoreList() : settings.resourceTypeIgnoreList(),
                old.isEditable(), old.isRealtimeScanningEnabled(), old.createdAt(), old.createdBy(), clock.instant());
        accounts.put(id, updated);
        return updated;
    }

    public synchronized String delete(String id) {
        get(id);
        accounts.remove(id);
        return id;
    }

    private CloudAccount get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("cloud account " + id));
    }

    private static void check(String awsAccountId, CloudAccount.Settings settings) {
        if (settings.label() == null || !LABEL.matcher(settings.label()).matches()) {
            throw ApiException.invalidInput("label must be 1 to 36 letters, digits, spaces or dashes, got " + settings.label());
        }
        String rolePrefix = "arn:aws:iam::" + awsAccountId + ":role/";
        if (settings.auditRole() == null || !settings.auditRole().startsWith(rolePrefix)
                || settings.auditRole().length() == rolePrefix.length()) {
            throw ApiException.invalidInput("awsScanConfig.auditRole must be a role of the account: " + rolePrefix + "NAME, got "
                    + settings.auditRole());
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
