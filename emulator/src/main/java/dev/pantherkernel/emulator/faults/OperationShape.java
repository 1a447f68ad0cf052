package dev.pantherkernel.emulator.faults;

import java.util.Set;

/**
 * What a request asks for, as far as fault matching and request counting care: the root fields it
 * selects and whether a {@code dataLakeQuery} in it selects {@code results} (a results page rather
 * than a status poll).
 */
public record OperationShape(Set<String> rootFields, String operationName, boolean selectsResults) {

    public OperationShape {
        rootFields = Set.copyOf(rootFields);
    }

    public static OperationShape unknown() {
        return new OperationShape(Set.of(), null, false);
    }
}
