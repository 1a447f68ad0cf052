/**
 * Test code every module's tests share: the layering checks. It lives in the emulator's test jar because the emulator
 * is the one module every other module's tests already use; no main code depends on it.
 */
package dev.pantherkernel.layers;
