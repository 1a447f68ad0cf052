package dev.pantherkernel.emulator.sources;

/** How a source's files or requests are split into events ({@code XML} exists for HTTP sources only, over REST). */
public enum LogStreamType {
    Auto, CloudWatchLogs, JSON, JsonArray, Lines, XML
}
