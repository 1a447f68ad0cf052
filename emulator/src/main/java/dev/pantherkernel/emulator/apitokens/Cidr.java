package dev.pantherkernel.emulator.apitokens;

import dev.pantherkernel.emulator.rest.RestException;

/** Checks a network written as {@code address/prefix} (IPv4 or IPv6) without resolving anything. */
final class Cidr {
    private Cidr() {}

    static void check(String block) {
        if (block == null || !valid(block.strip())) {
            throw RestException.badRequest("allowedCIDRBlocks: '" + block + "' is not a network like 203.0.113.0/24 or 2001:db8::/32");
        }
    }

    private static boolean valid(String block) {
        int slash = block.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String address = block.substring(0, slash);
        boolean v6 = address.contains(":");
        int prefix;
        try {
            prefix = Integer.parseInt(block.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (prefix < 0 || prefix > (v6 ? 128 : 32)) {
            return false;
        }
        return v6 ? ipv6(address) : ipv4(address);
    }

    private static boolean ipv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean ipv6(String address) {
        int compressions = address.split("::", -1).length - 1;
        if (compressions > 1) {
            return false;
        }
        String[] groups = address.replace("::", ":x:").split(":", -1);
        int count = 0;
        for (String group : groups) {
            if (group.equals("x") || group.isEmpty() && compressions == 1) {
                continue;
            }
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        return compressions == 1 ? count < 8 : count == 8;
    }
}
