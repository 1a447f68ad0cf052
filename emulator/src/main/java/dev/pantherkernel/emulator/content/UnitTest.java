package dev.pantherkernel.emulator.content;

import java.util.List;
import java.util.Map;

/**
 * One unit test of a detection: a sample event (a log for rules, a resource for policies) as JSON text, whether the
 * detection should match it, and the mocked functions ({@code objectName}, {@code returnValue}).
 */
public record UnitTest(String name, boolean expectedResult, String resource, List<Map<String, String>> mocks) {

    public UnitTest {
        mocks = List.copyOf(mocks);
    }
}
