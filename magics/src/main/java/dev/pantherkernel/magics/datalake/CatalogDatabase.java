package dev.pantherkernel.magics.datalake;

/** A data lake database ({@code panther_logs}, {@code panther_rule_matches}, ...). */
public record CatalogDatabase(String name, String description) {
}
