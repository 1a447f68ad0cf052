package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RestPathsTest {

    @Test
    void thePublishedPathsAreTheOnesTheEmulatorServes() {
        Set<String> served = SharedEmulator.get().restOperations().stream()
                .map(operation -> operation.path().replaceAll("\\{[^}]+}", "{id}")).collect(Collectors.toSet());

        assertThat(RestPaths.all()).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void aPublishedPathMatchesWithAnyIdInPlaceOfItsPlaceholder() {
        assertThat(RestPaths.published("/rules")).isTrue();
        assertThat(RestPaths.published("/rules/AWS.Root.Login")).isTrue();
        assertThat(RestPaths.published("/api-tokens/self")).isTrue();
        assertThat(RestPaths.published("/alerts/abc/events")).isTrue();
        assertThat(RestPaths.published("/log-sources/http/")).isTrue();
    }

    @Test
    void aPathOfNoPublishedShapeIsNotPublished() {
        assertThat(RestPaths.published("/log-sources")).isFalse();
        assertThat(RestPaths.published("/rules/a/b")).isFalse();
        assertThat(RestPaths.published("/")).isFalse();
    }

    @Test
    void aMistypedCollectionGetsTheNearestPublishedOne() {
        assertThat(RestPaths.hintFor("/log-sources")).hasValue(
                "/log-sources is not a path Panther's REST API publishes; did you mean /log-sources/http?");
        assertThat(RestPaths.hintFor("/rule/AWS.Root.Login")).get().asString().endsWith("did you mean /rules?");
    }

    @Test
    void aPathNearNoCollectionListsThemAll() {
        assertThat(RestPaths.hintFor("/detections")).get().asString()
                .contains("its collections are /alerts, /alert-comments, /api-tokens").endsWith("/users");
    }

    @Test
    void aPublishedPathGetsNoHintForThenTheItemIsWhatWasNotFound() {
        assertThat(RestPaths.hintFor("/rules/No.Such.Rule")).isEmpty();
    }
}
