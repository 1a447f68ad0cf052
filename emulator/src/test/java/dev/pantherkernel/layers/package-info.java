/**
 * Test code every module's tests share: the layering checks and the checks of the library's marked surface. It lives
 * in the emulator's test jar because the emulator is the one module every other module's tests already use; no main
 * code depends on it.
 */
package dev.pantherkernel.layers;
