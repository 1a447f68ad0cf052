/**
 * The words every area of the API shares: {@link dev.pantherkernel.emulator.core.ApiException} (the failures both
 * APIs report) and {@link dev.pantherkernel.emulator.core.DateTimes} (Panther's date-time text). They sit below keys,
 * paging, GraphQL and REST, so that each of those may use them without using one another.
 */
package dev.pantherkernel.emulator.core;
