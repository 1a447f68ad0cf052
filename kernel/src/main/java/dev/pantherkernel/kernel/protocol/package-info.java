/**
 * The kernel's changes to jjava's Jupyter protocol handling, and nothing else: the connection and its channel threads
 * ({@link dev.pantherkernel.kernel.protocol.KernelConnection}), the reply environments every message goes out through
 * (with the kernel's own session id; from a cell thread, with its interrupt flag cleared), the cell's streams
 * ({@link dev.pantherkernel.kernel.protocol.KernelIO}), a stdin prompt an interrupt ends, the replies jjava shapes
 * otherwise than the messaging spec, and what an execute request's metadata names. They are apart so that each of
 * jjava's behaviours the kernel works around is in one place, saying why, and a jjava that fixes one loses its patch
 * here alone. Running cells (JShell, magics), rendering values and the request handlers {@code PantherKernel} overrides
 * stay out; the kernel above uses these types, and nothing here knows it.
 */
package dev.pantherkernel.kernel.protocol;
