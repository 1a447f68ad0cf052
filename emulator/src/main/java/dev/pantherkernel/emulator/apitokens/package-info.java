/**
 * The API keys as the APIs serve them: GraphQL's {@code rotateAPIToken} and {@code APIToken} fields, REST's
 * {@code /api-tokens}. The keys themselves, their store and permissions are {@code auth}, below GraphQL and REST,
 * which check every request against them.
 */
package dev.pantherkernel.emulator.apitokens;
